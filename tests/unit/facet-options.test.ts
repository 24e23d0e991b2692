import { describe, expect, it } from 'vitest';
import { byArea, byName, facetOptions, filterLinks, newestYearFirst, type FacetOption } from '../../src/lib/facet-options';
import type { LocalityData } from '../../src/lib/localities';

const option = (slug: string, name = slug, nested = false): FacetOption<string> => ({ slug, name, nested, items: [] });

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

  it('marks the values `nestedOf` says lie inside another', () => {
    const options = facetOptions(
      [{ places: ['xa-ha-mon', 'dak-ha'] }],
      (item) => ({ 'dia-ban': item.places }),
      'dia-ban',
      (slug) => slug,
      (slug) => slug.startsWith('xa-'),
    );
    expect(options.map((option) => [option.slug, option.nested])).toEqual([
      ['xa-ha-mon', true],
      ['dak-ha', false],
    ]);
  });
});

describe('option orders', () => {
  it('sorts names in Vietnamese dictionary order', () => {
    const names = ['Y tế', 'Đoàn kết', 'Dân vận', 'Giáo dục'].map((name) => option(name)).sort(byName);
    expect(names.map((named) => named.name)).toEqual(['Dân vận', 'Đoàn kết', 'Giáo dục', 'Y tế']);
  });

  it('puts the newest year first', () => {
    expect(
      ['2019', '2024', '2016']
        .map((year) => option(year))
        .sort(newestYearFirst)
        .map((year) => year.slug),
    ).toEqual(['2024', '2019', '2016']);
  });

  it('lists localities district by district, each followed by its communes', () => {
    const localities = new Map<string, LocalityData>([
      ['kon-tum', { data: { name: 'Kon Tum', level: 'tỉnh' } }],
      ['ngoc-hoi', { data: { name: 'Ngọc Hồi', level: 'huyện', parent: { id: 'kon-tum' } } }],
      ['dak-ha', { data: { name: 'Đăk Hà', level: 'huyện', parent: { id: 'kon-tum' } } }],
      ['xa-ha-mon', { data: { name: 'Xã Hà Mòn', level: 'xã', parent: { id: 'dak-ha' } } }],
      ['xa-bo-y', { data: { name: 'Xã Bờ Y', level: 'xã', parent: { id: 'ngoc-hoi' } } }],
    ]);
    const options = [
      option('xa-bo-y', 'Xã Bờ Y (Ngọc Hồi)', true),
      option('ngoc-hoi', 'Ngọc Hồi'),
      option('xa-ha-mon', 'Xã Hà Mòn (Đăk Hà)', true),
      option('dak-ha', 'Đăk Hà'),
    ];
    expect(options.sort(byArea(localities)).map((sorted) => sorted.slug)).toEqual(['dak-ha', 'xa-ha-mon', 'ngoc-hoi', 'xa-bo-y']);
  });
});

describe('filterLinks', () => {
  it('links every value to its page with its label, count and nesting, in the options’ order', () => {
    const options = [
      { slug: 'dak-ha', name: 'Đăk Hà', nested: false, items: ['a', 'b'] },
      { slug: 'ha-mon', name: 'Xã Hà Mòn (Đăk Hà)', nested: true, items: ['b'] },
    ];
    expect(filterLinks(options, (slug) => `/tam-guong-binh-di/dia-ban/${slug}/`)).toEqual([
      { slug: 'dak-ha', href: '/tam-guong-binh-di/dia-ban/dak-ha/', name: 'Đăk Hà', count: 2, nested: false },
      { slug: 'ha-mon', href: '/tam-guong-binh-di/dia-ban/ha-mon/', name: 'Xã Hà Mòn (Đăk Hà)', count: 1, nested: true },
    ]);
  });
});
