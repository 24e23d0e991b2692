/**
 * The values of one filter dimension over a list, each with the items the filter picks for
 * it: the static filter pages list exactly what the list's script shows for that value.
 */
import { localityFacet, matchesFacets, type Facets } from './facet-filter';
import { localityLabel, parentOf, type Localities } from './localities';
import { compareVietnamese } from './vietnamese';

/** One value of a dimension with its items. */
export interface FacetOption<Item> {
  /** Slug used in the URL. */
  slug: string;
  /** Label to show. */
  name: string;
  /** True for a value inside another listed one (a commune in its district). */
  nested: boolean;
  /** Matching items, in list order. */
  items: Item[];
}

/** Every value some item has in `dimension`, named by `nameOf`, in first-seen order (callers sort). */
export function facetOptions<Item, Dimension extends string>(
  items: readonly Item[],
  facetsOf: (item: Item) => Facets<Dimension>,
  dimension: Dimension,
  nameOf: (slug: string) => string,
  nestedOf: (slug: string) => boolean = () => false,
): FacetOption<Item>[] {
  const filed = items.map((item) => ({ item, facets: facetsOf(item) }));
  const slugs = [...new Set(filed.flatMap(({ facets }) => facets[dimension]))];
  return slugs.map((slug) => ({
    slug,
    name: nameOf(slug),
    nested: nestedOf(slug),
    items: filed
      .filter(({ facets }) => matchesFacets(facets, { [dimension]: slug } as Partial<Record<Dimension, string>>))
      .map(({ item }) => item),
  }));
}

/** Options in Vietnamese alphabetical order of their names. */
export const byName = (a: FacetOption<unknown>, b: FacetOption<unknown>): number => compareVietnamese(a.name, b.name);

/** Options newest year first, their slugs being years. */
export const newestYearFirst = (a: FacetOption<unknown>, b: FacetOption<unknown>): number => Number(b.slug) - Number(a.slug);

/**
 * Locality options district by district, each district followed by its communes, so a
 * reader finds a commune under the district it belongs to; the slugs are locality ids.
 */
export function byArea(localities: Localities): (a: FacetOption<unknown>, b: FacetOption<unknown>) => number {
  const parent = parentOf(localities);
  const area = (option: FacetOption<unknown>) => localityLabel(localityFacet(option.slug, parent).at(-1) ?? option.slug, localities);
  return (a, b) => compareVietnamese(area(a), area(b)) || Number(a.nested) - Number(b.nested) || byName(a, b);
}

/** A link to one value's page, with its count; `nested` marks a commune under its district. */
export interface FilterLink {
  /** The value's slug, as in the URL query. */
  slug: string;
  href: string;
  name: string;
  count: number;
  nested: boolean;
}

/** The links every filter page of a dimension shows: one per value, to the page `pathOf` gives its slug. */
export function filterLinks<Item>(options: readonly FacetOption<Item>[], pathOf: (slug: string) => string): FilterLink[] {
  return options.map((option) => ({
    slug: option.slug,
    href: pathOf(option.slug),
    name: option.name,
    count: option.items.length,
    nested: option.nested,
  }));
}
