/**
 * Which exemplars match a filter selection. The static filter pages (at build time) and the
 * index's script (in the browser) both decide with these functions, so they always agree.
 * Bundled into the index page's script, so it imports only small pure helpers.
 */
import { ancestry } from './localities';

/** The filter dimensions, named as in the URL query: ?dia-ban=…&linh-vuc=…&loai=… */
export const filterDimensions = ['dia-ban', 'linh-vuc', 'loai'] as const;

/** One filter dimension. */
export type FilterDimension = (typeof filterDimensions)[number];

/** The slugs an exemplar is filed under, per dimension. */
export type ExemplarFacets = Record<FilterDimension, readonly string[]>;

/** One chosen slug per dimension; a dimension left out matches every exemplar. */
export type FilterSelection = Partial<Record<FilterDimension, string>>;

/** True when the exemplar is filed under the chosen slug of every chosen dimension. */
export function matchesSelection(facets: ExemplarFacets, selection: FilterSelection): boolean {
  return filterDimensions.every((dimension) => {
    const chosen = selection[dimension];
    return !chosen || facets[dimension].includes(chosen);
  });
}

/** Reads facets from space-separated slug lists, such as a card's data-dia-ban, data-linh-vuc and data-loai attributes. */
export function facetsFromLists(listOf: (dimension: FilterDimension) => string | null | undefined): ExemplarFacets {
  const slugs = (dimension: FilterDimension) => (listOf(dimension) ?? '').split(' ').filter(Boolean);
  return { 'dia-ban': slugs('dia-ban'), 'linh-vuc': slugs('linh-vuc'), loai: slugs('loai') };
}

/**
 * The localities an exemplar is filed under: its own and every level above it except the
 * root (the province, which would hold everyone), so a commune's exemplar also counts for its district.
 */
export function localityFacet(id: string, parentOf: (id: string) => string | undefined): string[] {
  return ancestry(id, parentOf).filter((locality, index) => index === 0 || parentOf(locality) !== undefined);
}

/** Reads a selection from a URL query ("?dia-ban=dak-ha"); other keys and empty values are ignored. */
export function selectionFromQuery(query: string): FilterSelection {
  const params = new URLSearchParams(query);
  const selection: FilterSelection = {};
  for (const dimension of filterDimensions) {
    const value = params.get(dimension);
    if (value) selection[dimension] = value;
  }
  return selection;
}

/** The URL query of a selection, dimensions in a fixed order ("?dia-ban=dak-ha&loai=ca-nhan"), or "" when nothing is chosen. */
export function selectionToQuery(selection: FilterSelection): string {
  const params = new URLSearchParams();
  for (const dimension of filterDimensions) {
    const value = selection[dimension];
    if (value) params.set(dimension, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
