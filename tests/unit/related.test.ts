import { describe, expect, it } from 'vitest';
import { neighbours, relatedItems } from '../../src/lib/related';

const day = (d: number) => new Date(Date.UTC(2024, 0, d));

describe('relatedItems', () => {
  const self = { id: 'self', date: day(10), tags: ['a', 'b'], category: 'x', locality: 'dak-ha' };
  const candidates = [
    { id: 'two-tags', date: day(1), tags: ['a', 'b'] },
    { id: 'one-tag-newer', date: day(9), tags: ['a'] },
    { id: 'one-tag-older', date: day(2), tags: ['b'] },
    { id: 'same-place', date: day(3), tags: [], locality: 'dak-ha' },
    { id: 'nothing', date: day(11), tags: ['z'] },
    self,
  ];

  it('ranks by shared tags, then category and locality, newest first on ties, never itself', () => {
    expect(relatedItems(self, candidates, 4).map((item) => item.id)).toEqual(['two-tags', 'one-tag-newer', 'one-tag-older', 'same-place']);
  });

  it('suggests nothing unrelated', () => {
    expect(relatedItems(self, candidates, 10).map((item) => item.id)).not.toContain('nothing');
  });
});

describe('neighbours', () => {
  it('returns the items around an index', () => {
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ previous: undefined, next: 'b' });
  });
});
