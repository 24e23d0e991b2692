/** Splitting long lists into pages with stable URLs: page 1 is the list's own URL, then <list>trang/<n>/. */

/** One page of a list. */
export interface Page<T> {
  /** Items on this page. */
  items: T[];
  /** 1-based page number. */
  page: number;
  /** Number of pages (at least 1, so an empty list still has its page). */
  total: number;
}

/** Cuts items into pages of `size`; an empty list gives one empty page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => ({ items: items.slice(index * size, (index + 1) * size), page: index + 1, total }));
}

/** The rest parameter of a paged route: undefined for page 1, "trang/<n>" after. */
export function pageParam(page: number): string | undefined {
  return page <= 1 ? undefined : `trang/${page}`;
}

/** Path of page `page` of the list at `basePath`. */
export function pagedPath(basePath: string, page: number): string {
  return page <= 1 ? basePath : `${basePath}trang/${page}/`;
}
