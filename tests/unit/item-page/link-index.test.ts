import { describe, expect, it } from 'vitest';
import { indexById, resolveRefs, reverseIndex } from '../../../src/lib/item-page/link-index';

const stories = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

describe('resolveRefs', () => {
  it('returns the referenced items in the references’ order, skipping unknown ids', () => {
    expect(resolveRefs([{ id: 'c' }, { id: 'missing' }, { id: 'a' }], indexById(stories))).toEqual([{ id: 'c' }, { id: 'a' }]);
  });
});

describe('reverseIndex', () => {
  const questions = [
    { id: 'q1', relatedStories: [{ id: 'a' }, { id: 'b' }] },
    { id: 'q2', relatedStories: [{ id: 'b' }, { id: 'b' }] },
    { id: 'q3', relatedStories: [] },
  ];
  const byStory = reverseIndex(questions, (question) => question.relatedStories);

  it('lists the items naming each id, in the items’ order, each once', () => {
    expect(byStory.get('b')?.map((question) => question.id)).toEqual(['q1', 'q2']);
    expect(byStory.get('a')?.map((question) => question.id)).toEqual(['q1']);
  });

  it('has nothing for an id no item names', () => {
    expect(byStory.get('c')).toBeUndefined();
  });
});
