import { describe, expect, it } from 'vitest';
import { prevNextLinks, type Sequence } from '../../../src/lib/item-page/prev-next';

const link = (item: string) => ({ href: `/${item}/`, title: item });
const labels = { link, previousLabel: 'Trước', nextLabel: 'Sau' } satisfies Sequence<string>;

describe('prevNextLinks', () => {
  it('links the neighbours of a list in reading order', () => {
    expect(prevNextLinks(['one', 'two', 'three'], 1, labels)).toEqual({
      previous: { href: '/one/', title: 'one', label: 'Trước' },
      next: { href: '/three/', title: 'three', label: 'Sau' },
    });
  });

  it('reads a newest-first list backwards: the older item comes before', () => {
    const newestFirst = ['2026', '2025', '2024'];
    expect(prevNextLinks(newestFirst, 1, { ...labels, newestFirst: true })).toEqual({
      previous: { href: '/2024/', title: '2024', label: 'Trước' },
      next: { href: '/2026/', title: '2026', label: 'Sau' },
    });
  });

  it('has no link past either end', () => {
    expect(prevNextLinks(['only'], 0, labels)).toEqual({ previous: undefined, next: undefined });
    expect(prevNextLinks(['new', 'old'], 0, { ...labels, newestFirst: true }).next).toBeUndefined();
  });
});
