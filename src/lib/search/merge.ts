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

/** What lifts a page above its Pagefind score. */
export interface Boosts {
  /** For each adjacent pair of query syllables, the pages where the pair stands side by side. */
  pairHits: readonly ReadonlySet<string>[];
  /** Multiplier step for the share of pairs found side by side. */
  phraseBoost: number;
  /** Pages that have every syllable typed with marks with exactly those marks; undefined when none was typed. */
  exactMarks?: ReadonlySet<string>;
  /** Multiplier step for being in `exactMarks`. */
  markBoost: number;
}

/**
 * Orders pages by score × (1 + phraseBoost × share of adjacent pairs found side by side)
 * × (1 + markBoost if the page has the syllables exactly as typed with marks), best first.
 */
export function rankWithBoosts<T extends Scored>(best: ReadonlyMap<string, T>, { pairHits, phraseBoost, exactMarks, markBoost }: Boosts): Ranked<T>[] {
  const ranked = [...best.values()].map((result) => {
    const share = pairHits.length ? pairHits.filter((hits) => hits.has(result.id)).length / pairHits.length : 0;
    const marks = exactMarks?.has(result.id) ? 1 + markBoost : 1;
    return { id: result.id, score: result.score * (1 + phraseBoost * share) * marks, result };
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
