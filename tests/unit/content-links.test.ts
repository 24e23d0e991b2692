import { describe, expect, it } from 'vitest';
import { findLinkProblems, linksOf, type LinkingEntry } from '../../src/lib/content-links';

const ref = (collection: string, id: string) => ({ collection, id });
const entry = (collection: string, id: string, data: object, live = true): LinkingEntry & { live: boolean } => ({
  collection,
  id,
  filePath: `content/${collection}/${id}.mdx`,
  data,
  live,
});

describe('content links', () => {
  it('reads every kind of link with the field it is written in', () => {
    const story = entry('stories', 's', { collection: ref('storyCollections', 'c'), relatedStories: [ref('stories', 't')] });
    expect(linksOf(story).map((link) => [link.field, link.id])).toEqual([
      ['collection', 'c'],
      ['relatedStories[0]', 't'],
    ]);
    const locality = {
      collection: 'localities',
      id: 'ha-mon',
      filePath: 'content/localities.yaml',
      data: { parent: ref('localities', 'dak-ha') },
    };
    expect(linksOf(locality)).toEqual([
      { file: 'content/localities.yaml', field: 'ha-mon.parent', collection: 'localities', id: 'dak-ha' },
    ]);
  });

  it('reports a link to nothing, with the closest id', () => {
    const article = entry('articles', 'a', { locality: ref('localities', 'dak-haa') });
    const problems = findLinkProblems([article], [entry('localities', 'dak-ha', {})], () => true);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/articles/a.mdx', field: 'locality', message: expect.stringContaining('"dak-ha"') }),
    ]);
  });

  it('reports a published item linking to a draft, but not a draft linking to a draft', () => {
    const draft = entry('exemplars', 'draft', {}, false);
    const published = entry('questions', 'q', { relatedExemplars: [ref('exemplars', 'draft')] });
    const unpublished = entry('questions', 'r', { relatedExemplars: [ref('exemplars', 'draft')] }, false);
    const problems = findLinkProblems([published, unpublished], [draft], (e) => (e as { live?: boolean }).live !== false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/questions/q.mdx',
      field: 'relatedExemplars[0]',
      message: expect.stringContaining('bản nháp'),
    });
  });
});
