/**
 * The exemplar filter: its three dimensions, bound to the shared rules of facet-filter.ts.
 * No imports beyond that module: it is bundled into the index page's script.
 */
import {
  facetsFromLists as listsToFacets,
  matchesFacets,
  querySelection,
  selectionQuery,
  type Facets,
  type Selection,
} from './facet-filter';

export { localityFacet } from './facet-filter';

/** The filter dimensions, named as in the URL query: ?dia-ban=…&linh-vuc=…&loai=… */
export const filterDimensions = ['dia-ban', 'linh-vuc', 'loai'] as const;

/** One filter dimension. */
export type FilterDimension = (typeof filterDimensions)[number];

/** The slugs an exemplar is filed under, per dimension. */
export type ExemplarFacets = Facets<FilterDimension>;

/** One chosen slug per dimension; a dimension left out matches every exemplar. */
export type FilterSelection = Selection<FilterDimension>;

/** True when the exemplar is filed under the chosen slug of every chosen dimension. */
export const matchesSelection = (facets: ExemplarFacets, selection: FilterSelection): boolean => matchesFacets(facets, selection);

/** Reads facets from space-separated slug lists, such as a card's data-dia-ban, data-linh-vuc and data-loai attributes. */
export const facetsFromLists = (listOf: (dimension: FilterDimension) => string | null | undefined): ExemplarFacets =>
  listsToFacets(filterDimensions, listOf);

/** Reads a selection from a URL query ("?dia-ban=dak-ha"); other keys and empty values are ignored. */
export const selectionFromQuery = (query: string): FilterSelection => querySelection(filterDimensions, query);

/** The URL query of a selection, dimensions in a fixed order ("?dia-ban=dak-ha&loai=ca-nhan"), or "" when nothing is chosen. */
export const selectionToQuery = (selection: FilterSelection): string => selectionQuery(filterDimensions, selection);
