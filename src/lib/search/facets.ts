/** Filters on search results, computed from the page ids Pagefind lists for each filter value. */

/** For each filter key and value, the ids of the pages that have it. */
export type FacetIndex = Record<string, Record<string, ReadonlySet<string>>>;

/** The chosen value of each filter key (absent: no filter). */
export type FacetSelection = Partial<Record<string, string>>;

/** Counts per filter key and value. */
export type FacetCounts = Record<string, Record<string, number>>;

/** Whether a page has every selected value, ignoring the key `except`. */
export function matchesSelection(id: string, index: FacetIndex, selection: FacetSelection, except?: string): boolean {
  return Object.entries(selection).every(
    ([key, value]) => key === except || value === undefined || (index[key]?.[value]?.has(id) ?? false),
  );
}

/** The items whose page has every selected value, in their order. */
export function applySelection<T extends { id: string }>(items: readonly T[], index: FacetIndex, selection: FacetSelection): T[] {
  return items.filter((item) => matchesSelection(item.id, index, selection));
}

/**
 * How many of the pages each value would leave. A key is counted with the other keys'
 * filters applied but not its own, so a reader can switch from one value to another.
 */
export function facetCounts(ids: readonly string[], index: FacetIndex, selection: FacetSelection): FacetCounts {
  const counts: FacetCounts = {};
  for (const [key, values] of Object.entries(index)) {
    const candidates = ids.filter((id) => matchesSelection(id, index, selection, key));
    counts[key] = Object.fromEntries(
      Object.entries(values).map(([value, pages]) => [value, candidates.filter((id) => pages.has(id)).length]),
    );
  }
  return counts;
}
