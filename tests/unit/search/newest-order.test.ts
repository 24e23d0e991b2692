import { describe, expect, it } from 'vitest';
import { newestFirst, orderPositions } from '../../../src/lib/search/newest-order';

describe('newestFirst', () => {
  it('orders pages by date, newest first, same-day pages by URL, undated last', () => {
    const order = newestFirst([
      { id: 'a', url: '/b/', date: '2024-05-19' },
      { id: 'b', url: '/z/' },
      { id: 'c', url: '/c/', date: '2026-01-02' },
      { id: 'd', url: '/a/', date: '2024-05-19' },
    ]);
    expect(order).toEqual(['c', 'd', 'a', 'b']);
  });

  it('gives the same order whatever order the pages come in', () => {
    const pages = [
      { id: 'x', url: '/x/', date: '2025-09-02' },
      { id: 'y', url: '/y/', date: '2025-09-02' },
      { id: 'w', url: '/w/', date: '2020-01-01' },
    ];
    expect(newestFirst(pages.toReversed())).toEqual(newestFirst(pages));
  });
});

describe('orderPositions', () => {
  it('maps each id to its position', () => {
    expect([...orderPositions(['c', 'a'])]).toEqual([
      ['c', 0],
      ['a', 1],
    ]);
  });

  it.each([[{ ids: [] }], [[1, 2]], ['a']])('refuses %j', (file) => {
    expect(() => orderPositions(file)).toThrow(/newest\.json/u);
  });
});
