import { describe, expect, it } from 'vitest';
import { facetsFromLists, matchesFacets, querySelection, selectionQuery } from '../../src/lib/facet-filter';
import { facetOptions } from '../../src/lib/facet-options';
import { documentLabel, documentShortName, documentYear } from '../../src/lib/documents';

const dimensions = ['loai', 'nam'] as const;

describe('facet filter for any dimensions', () => {
  it('matches every chosen dimension and ignores empty ones', () => {
    const facets = { loai: ['chi-thi'], nam: ['2016'] };
    expect(matchesFacets(facets, { loai: 'chi-thi', nam: '' })).toBe(true);
    expect(matchesFacets(facets, { loai: 'chi-thi', nam: '2021' })).toBe(false);
  });
  it('reads facets from a card’s attribute lists', () => {
    expect(facetsFromLists(dimensions, (dimension) => (dimension === 'loai' ? 'ket-luan' : null))).toEqual({ loai: ['ket-luan'], nam: [] });
  });
  it('round-trips a selection through the URL query, in the dimensions’ order', () => {
    const query = selectionQuery(dimensions, { nam: '2021', loai: 'ket-luan' });
    expect(query).toBe('?loai=ket-luan&nam=2021');
    expect(querySelection(dimensions, `${query}&x=1`)).toEqual({ loai: 'ket-luan', nam: '2021' });
  });
});

describe('facetOptions', () => {
  it('lists each value once with exactly the items the filter picks', () => {
    const items = [
      { id: 'a', facets: { loai: ['chi-thi'], nam: ['2016'] } },
      { id: 'b', facets: { loai: ['chuyen-de'], nam: ['2016'] } },
      { id: 'c', facets: { loai: ['chuyen-de'], nam: ['2019'] } },
    ];
    const options = facetOptions(
      items,
      (item) => item.facets,
      'loai',
      (slug) => slug.toUpperCase(),
    );
    expect(options.map((option) => [option.slug, option.name, option.items.map((item) => item.id)])).toEqual([
      ['chi-thi', 'CHI-THI', ['a']],
      ['chuyen-de', 'CHUYEN-DE', ['b', 'c']],
    ]);
  });
});

describe('documents', () => {
  it('files a document under its own year, else its year of issue', () => {
    expect(documentYear({ year: 2021, issued: new Date('2020-12-30') })).toBe(2021);
    expect(documentYear({ issued: new Date('2016-05-15') })).toBe(2016);
  });
  it('names a document by type and number when it has one', () => {
    expect(documentLabel({ type: 'Chỉ thị', number: '05-CT/TW' })).toBe('Chỉ thị 05-CT/TW');
    expect(documentLabel({ type: 'Chuyên đề' })).toBe('Chuyên đề');
    expect(documentShortName({ type: 'Chuyên đề', year: 2019 })).toBe('Chuyên đề 2019');
    expect(documentShortName({ type: 'Kết luận', number: '01-KL/TW', issued: new Date('2021-05-18') })).toBe('Kết luận 01-KL/TW');
  });
});
