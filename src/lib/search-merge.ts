/** Combining the results of several Pagefind queries into one ranked list. */

/** Anything with a page id and a score, like a Pagefind result. */
export interface Scored {
  id: string;
  score: number;
}

/** A page in the final list: the result to display and its combined score. */
export interface Ranked<T extends Scored> {
  id: string;
  score: number;
  result: T;
}

/** For each page found by any query, keeps the result with the best score. */
export function bestPerPage<T extends Scored>(lists: readonly (readonly T[])[]): Map<string, T> {
  const best = new Map<string, T>();
  for (const result of lists.flat()) {
    const kept = best.get(result.id);
    if (!kept || result.score > kept.score) best.set(result.id, result);
  }
  return best;
}

/**
 * Orders pages by score, multiplied by 1 + `boost` × the share of adjacent query syllable
 * pairs that the page has side by side (`pairHits[i]`: the pages where pair i is a phrase).
 */
export function rankWithPhrases<T extends Scored>(best: ReadonlyMap<string, T>, pairHits: readonly ReadonlySet<string>[], boost: number): Ranked<T>[] {
  const ranked = [...best.values()].map((result) => {
    const phrases = pairHits.filter((hits) => hits.has(result.id)).length;
    const share = pairHits.length ? phrases / pairHits.length : 0;
    return { id: result.id, score: result.score * (1 + boost * share), result };
  });
  return ranked.sort((a, b) => b.score - a.score);
}

/** Merges ranked lists, each page once with its best score, best first. */
export function mergeRanked<T extends Scored>(lists: readonly (readonly Ranked<T>[])[]): Ranked<T>[] {
  return [...bestPerPage(lists).values()].sort((a, b) => b.score - a.score);
}

/** Reorders ranked pages by a precomputed order (e.g. newest first); pages it lacks go last. */
export function sortByOrder<T extends { id: string }>(items: readonly T[], order: ReadonlyMap<string, number>): T[] {
  const position = (item: T) => order.get(item.id) ?? Number.MAX_SAFE_INTEGER;
  return [...items].sort((a, b) => position(a) - position(b));
}
