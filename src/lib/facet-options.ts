/**
 * The values of one filter dimension over a list, each with the items the filter picks for
 * it: the static filter pages list exactly what the list's script shows for that value.
 */
import { matchesFacets, type Facets } from './facet-filter';

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

/** A link to one value's page, with its count; `nested` marks a commune under its district. */
export interface FilterLink {
  href: string;
  name: string;
  count: number;
  nested: boolean;
}

/** The links every filter page of a dimension shows: one per value, to the page `pathOf` gives its slug. */
export function filterLinks<Item>(options: readonly FacetOption<Item>[], pathOf: (slug: string) => string): FilterLink[] {
  return options.map((option) => ({ href: pathOf(option.slug), name: option.name, count: option.items.length, nested: option.nested }));
}
