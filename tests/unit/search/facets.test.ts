import { describe, expect, it } from 'vitest';
import { applySelection, facetCounts, matchesSelection, type FacetIndex } from '../../../src/lib/search/facets';

const index: FacetIndex = {
  kind: { 'Bài viết': new Set(['a1', 'a2']), 'Tấm gương bình dị': new Set(['e1', 'e2']) },
  locality: { 'Đăk Hà': new Set(['a1', 'e1']), 'Ngọc Hồi': new Set(['e2']) },
};

describe('matchesSelection', () => {
  it('needs every selected value, and ignores unset keys and the key asked to skip', () => {
    expect(matchesSelection('e1', index, { kind: 'Tấm gương bình dị', locality: 'Đăk Hà' })).toBe(true);
    expect(matchesSelection('e2', index, { kind: 'Tấm gương bình dị', locality: 'Đăk Hà' })).toBe(false);
    expect(matchesSelection('e2', index, { kind: 'Tấm gương bình dị', locality: 'Đăk Hà' }, 'locality')).toBe(true);
    expect(matchesSelection('a2', index, { kind: undefined })).toBe(true);
    expect(matchesSelection('a2', index, { kind: 'Không có' })).toBe(false);
  });
});

describe('applySelection', () => {
  it('keeps the items that pass, in their order', () => {
    const items = [{ id: 'e2' }, { id: 'a1' }, { id: 'e1' }];
    expect(applySelection(items, index, { locality: 'Đăk Hà' })).toEqual([{ id: 'a1' }, { id: 'e1' }]);
    expect(applySelection(items, index, {})).toEqual(items);
  });
});

describe('facetCounts', () => {
  it('counts each value among the results, each key under the other keys’ filters', () => {
    const counts = facetCounts(['a1', 'a2', 'e1', 'e2'], index, { kind: 'Tấm gương bình dị' });
    expect(counts.kind).toEqual({ 'Bài viết': 2, 'Tấm gương bình dị': 2 });
    expect(counts.locality).toEqual({ 'Đăk Hà': 1, 'Ngọc Hồi': 1 });
  });

  it('counts only the pages found', () => {
    expect(facetCounts(['a1'], index, {}).locality).toEqual({ 'Đăk Hà': 1, 'Ngọc Hồi': 0 });
  });
});
