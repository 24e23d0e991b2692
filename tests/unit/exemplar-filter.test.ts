import { describe, expect, it } from 'vitest';
import {
  facetsFromLists,
  localityFacet,
  matchesSelection,
  selectionFromQuery,
  selectionToQuery,
  type ExemplarFacets,
} from '../../src/lib/exemplar-filter';

const parents: Record<string, string> = { 'dak-ha': 'kon-tum', 'xa-ha-mon': 'dak-ha', 'ngoc-hoi': 'kon-tum' };
const parentOf = (id: string) => parents[id];

describe('localityFacet', () => {
  it('files a commune under itself and its district, not the province', () => {
    expect(localityFacet('xa-ha-mon', parentOf)).toEqual(['xa-ha-mon', 'dak-ha']);
  });

  it('keeps the province when it is the exemplar’s own locality', () => {
    expect(localityFacet('kon-tum', parentOf)).toEqual(['kon-tum']);
  });

  it('stops on a cycle instead of looping', () => {
    const cyclic: Record<string, string> = { a: 'b', b: 'a' };
    expect(localityFacet('a', (id) => cyclic[id])).toEqual(['a', 'b']);
  });
});

describe('matchesSelection', () => {
  const commune: ExemplarFacets = { 'dia-ban': ['xa-ha-mon', 'dak-ha'], 'linh-vuc': ['nong-nghiep'], loai: ['ca-nhan'] };

  it('matches everything when nothing is chosen', () => {
    expect(matchesSelection(commune, {})).toBe(true);
  });

  it('matches a commune’s exemplar on its district', () => {
    expect(matchesSelection(commune, { 'dia-ban': 'dak-ha' })).toBe(true);
    expect(matchesSelection(commune, { 'dia-ban': 'ngoc-hoi' })).toBe(false);
  });

  it('needs every chosen dimension to match', () => {
    expect(matchesSelection(commune, { 'dia-ban': 'dak-ha', loai: 'ca-nhan', 'linh-vuc': 'nong-nghiep' })).toBe(true);
    expect(matchesSelection(commune, { 'dia-ban': 'dak-ha', loai: 'tap-the' })).toBe(false);
    expect(matchesSelection(commune, { 'linh-vuc': 'giao-duc', loai: 'ca-nhan' })).toBe(false);
  });

  it('ignores an empty choice', () => {
    expect(matchesSelection(commune, { loai: '' })).toBe(true);
  });
});

describe('facetsFromLists', () => {
  it('reads space-separated lists, missing ones as empty', () => {
    const attributes: Record<string, string> = { 'dia-ban': 'xa-ha-mon dak-ha', loai: 'ca-nhan' };
    expect(facetsFromLists((dimension) => attributes[dimension])).toEqual({
      'dia-ban': ['xa-ha-mon', 'dak-ha'],
      'linh-vuc': [],
      loai: ['ca-nhan'],
    });
  });

  it('gives facets that match like the originals', () => {
    const facets = facetsFromLists((dimension) => ({ 'dia-ban': 'xa-ha-mon dak-ha', 'linh-vuc': 'y-te', loai: 'tap-the' })[dimension]);
    expect(matchesSelection(facets, { 'dia-ban': 'dak-ha', 'linh-vuc': 'y-te' })).toBe(true);
    expect(matchesSelection(facets, { 'linh-vuc': '' })).toBe(true);
    expect(matchesSelection(facets, { loai: 'ca-nhan' })).toBe(false);
  });
});

describe('URL query', () => {
  it('reads the three dimensions and ignores other keys and empty values', () => {
    expect(selectionFromQuery('?dia-ban=dak-ha&linh-vuc=&loai=tap-the&utm_source=zalo')).toEqual({ 'dia-ban': 'dak-ha', loai: 'tap-the' });
    expect(selectionFromQuery('')).toEqual({});
  });

  it('writes dimensions in a fixed order, or nothing', () => {
    expect(selectionToQuery({ loai: 'ca-nhan', 'dia-ban': 'dak-ha' })).toBe('?dia-ban=dak-ha&loai=ca-nhan');
    expect(selectionToQuery({ 'linh-vuc': '' })).toBe('');
  });

  it('round-trips', () => {
    const selection = { 'dia-ban': 'xa-ha-mon', 'linh-vuc': 'giao-duc', loai: 'ca-nhan' };
    expect(selectionFromQuery(selectionToQuery(selection))).toEqual(selection);
  });
});
