import { describe, expect, it } from 'vitest';
import { pagedPath, pageParam, paginate } from '../../src/lib/paginate';

describe('paginate', () => {
  it('splits into full pages with the remainder last', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.every((p) => p.total === 3)).toBe(true);
  });

  it('gives an empty list one empty page', () => {
    expect(paginate([], 10)).toEqual([{ items: [], page: 1, total: 1 }]);
  });
});

describe('paged URLs', () => {
  it('keeps page 1 at the list URL and numbers the rest', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(3)).toBe('trang/3');
    expect(pagedPath('/bai-viet/', 1)).toBe('/bai-viet/');
    expect(pagedPath('/bai-viet/', 2)).toBe('/bai-viet/trang/2/');
  });
});
