import { describe, expect, it } from 'vitest';
import { facetsFromLists, localityFacet, matchesFacets, querySelection, selectionQuery, type Facets } from '../../src/lib/facet-filter';

const parents: Record<string, string> = { 'dak-ha': 'kon-tum', 'xa-ha-mon': 'dak-ha', 'ngoc-hoi': 'kon-tum' };
const parentOf = (id: string) => parents[id];

describe('localityFacet', () => {
  it('files a commune under itself and its district, not the province', () => {
    expect(localityFacet('xa-ha-mon', parentOf)).toEqual(['xa-ha-mon', 'dak-ha']);
  });

  it('keeps the province when it is the item’s own locality', () => {
    expect(localityFacet('kon-tum', parentOf)).toEqual(['kon-tum']);
  });

  it('stops on a cycle instead of looping', () => {
    const cyclic: Record<string, string> = { a: 'b', b: 'a' };
    expect(localityFacet('a', (id) => cyclic[id])).toEqual(['a', 'b']);
  });
});

describe('matchesFacets', () => {
  const commune: Facets<'dia-ban' | 'linh-vuc' | 'loai'> = {
    'dia-ban': ['xa-ha-mon', 'dak-ha'],
    'linh-vuc': ['nong-nghiep'],
    loai: ['ca-nhan'],
  };

  it('matches everything when nothing is chosen', () => {
    expect(matchesFacets(commune, {})).toBe(true);
  });

  it('matches a commune’s item on its district', () => {
    expect(matchesFacets(commune, { 'dia-ban': 'dak-ha' })).toBe(true);
    expect(matchesFacets(commune, { 'dia-ban': 'ngoc-hoi' })).toBe(false);
  });

  it('needs every chosen dimension to match', () => {
    expect(matchesFacets(commune, { 'dia-ban': 'dak-ha', loai: 'ca-nhan', 'linh-vuc': 'nong-nghiep' })).toBe(true);
    expect(matchesFacets(commune, { 'dia-ban': 'dak-ha', loai: 'tap-the' })).toBe(false);
    expect(matchesFacets(commune, { 'linh-vuc': 'giao-duc', loai: 'ca-nhan' })).toBe(false);
  });

  it('ignores an empty choice', () => {
    expect(matchesFacets(commune, { loai: '' })).toBe(true);
    expect(matchesFacets({ loai: ['chi-thi'], nam: ['2016'] }, { loai: 'chi-thi', nam: '' })).toBe(true);
  });
});

describe('facetsFromLists', () => {
  const dimensions = ['dia-ban', 'linh-vuc', 'loai'] as const;

  it('reads space-separated lists, missing ones as empty', () => {
    const attributes: Record<string, string> = { 'dia-ban': 'xa-ha-mon dak-ha', loai: 'ca-nhan' };
    expect(facetsFromLists(dimensions, (dimension) => attributes[dimension])).toEqual({
      'dia-ban': ['xa-ha-mon', 'dak-ha'],
      'linh-vuc': [],
      loai: ['ca-nhan'],
    });
  });

  it('gives facets that match like the originals', () => {
    const lists: Record<string, string> = { 'dia-ban': 'xa-ha-mon dak-ha', 'linh-vuc': 'y-te', loai: 'tap-the' };
    const facets = facetsFromLists(dimensions, (dimension) => lists[dimension]);
    expect(matchesFacets(facets, { 'dia-ban': 'dak-ha', 'linh-vuc': 'y-te' })).toBe(true);
    expect(matchesFacets(facets, { loai: 'ca-nhan' })).toBe(false);
  });
});

describe('URL query', () => {
  const dimensions = ['dia-ban', 'linh-vuc', 'loai'] as const;

  it('reads the given dimensions and ignores other keys and empty values', () => {
    expect(querySelection(dimensions, '?dia-ban=dak-ha&linh-vuc=&loai=tap-the&utm_source=zalo')).toEqual({
      'dia-ban': 'dak-ha',
      loai: 'tap-the',
    });
    expect(querySelection(dimensions, '')).toEqual({});
  });

  it('writes dimensions in their given order, or nothing', () => {
    expect(selectionQuery(dimensions, { loai: 'ca-nhan', 'dia-ban': 'dak-ha' })).toBe('?dia-ban=dak-ha&loai=ca-nhan');
    expect(selectionQuery(dimensions, { 'linh-vuc': '' })).toBe('');
  });

  it('round-trips', () => {
    const selection = { 'dia-ban': 'xa-ha-mon', 'linh-vuc': 'giao-duc', loai: 'ca-nhan' };
    expect(querySelection(dimensions, selectionQuery(dimensions, selection))).toEqual(selection);
  });
});
