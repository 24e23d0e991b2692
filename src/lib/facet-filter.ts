/**
 * Which listed items match a filter selection, for any section filtered by a few
 * dimensions (exemplars: locality, field, kind; models: locality, field; documents:
 * type, year). The static filter pages (at build time) and the list's script (in the
 * browser) both decide with these functions, so they always agree.
 * Bundled into the list pages' script, so it imports only small pure helpers.
 */
import { ancestry } from './localities';

/** The slugs an item is filed under, per dimension (a dimension is named as in the URL query). */
export type Facets<Dimension extends string = string> = Record<Dimension, readonly string[]>;

/** One chosen slug per dimension; a dimension left out matches every item. */
export type Selection<Dimension extends string = string> = Partial<Record<Dimension, string>>;

/** True when the item is filed under the chosen slug of every chosen dimension. */
export function matchesFacets<Dimension extends string>(facets: Facets<Dimension>, selection: Selection<Dimension>): boolean {
  return (Object.keys(selection) as Dimension[]).every((dimension) => {
    const chosen = selection[dimension];
    return !chosen || (facets[dimension] ?? []).includes(chosen);
  });
}

/** Reads facets from space-separated slug lists, such as a card's data-<dimension> attributes. */
export function facetsFromLists<Dimension extends string>(
  dimensions: readonly Dimension[],
  listOf: (dimension: Dimension) => string | null | undefined,
): Facets<Dimension> {
  const facets = {} as Record<Dimension, string[]>;
  for (const dimension of dimensions) facets[dimension] = (listOf(dimension) ?? '').split(' ').filter(Boolean);
  return facets;
}

/**
 * The localities an item is filed under: its own and every level above it except the
 * root (the province, which would hold everything), so a commune's item also counts for its district.
 */
export function localityFacet(id: string, parentOf: (id: string) => string | undefined): string[] {
  return ancestry(id, parentOf).filter((locality, index) => index === 0 || parentOf(locality) !== undefined);
}

/** Reads a selection from a URL query ("?dia-ban=dak-ha"); other keys and empty values are ignored. */
export function querySelection<Dimension extends string>(dimensions: readonly Dimension[], query: string): Selection<Dimension> {
  const params = new URLSearchParams(query);
  const selection: Selection<Dimension> = {};
  for (const dimension of dimensions) {
    const value = params.get(dimension);
    if (value) selection[dimension] = value;
  }
  return selection;
}

/** The URL query of a selection, dimensions in their given order ("?dia-ban=dak-ha&loai=ca-nhan"), or "" when nothing is chosen. */
export function selectionQuery<Dimension extends string>(dimensions: readonly Dimension[], selection: Selection<Dimension>): string {
  const params = new URLSearchParams();
  for (const dimension of dimensions) {
    const value = selection[dimension];
    if (value) params.set(dimension, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
