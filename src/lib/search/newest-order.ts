/**
 * The "newest first" order of the search results, kept out of Pagefind's page list.
 *
 * A Pagefind sort (`data-pagefind-sort`) is stored in the index's metadata file, which every
 * first search downloads whole: about a fifth of its bytes, for an order only a reader who picks
 * "Mới nhất" uses. The indexer writes the order to its own file instead, fetched on that choice.
 */

/** File name of the order, beside Pagefind's files in the bundle. */
export const NEWEST_ORDER_FILE = 'newest.json';

/** What the indexer knows of one indexed page: Pagefind's id for it, its URL and its `date` metadata. */
export interface IndexedPage {
  /** Pagefind's page id (its fragment's file name), the `id` of a search result. */
  id: string;
  /** The page's URL, which breaks ties so the file is the same for the same pages. */
  url: string;
  /** ISO date (`YYYY-MM-DD`); pages without one go last. */
  date?: string;
}

/** Page ids, newest first; same-day pages by URL. */
export function newestFirst(pages: readonly IndexedPage[]): string[] {
  return pages.toSorted((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.url.localeCompare(b.url)).map((page) => page.id);
}

/** Each page id's position in the order, for sorting a result list; throws on a file that is not one. */
export function orderPositions(file: unknown): Map<string, number> {
  if (!Array.isArray(file) || !file.every((id) => typeof id === 'string')) throw new Error(`${NEWEST_ORDER_FILE}: not a list of page ids`);
  return new Map(file.map((id: string, position) => [id, position]));
}
