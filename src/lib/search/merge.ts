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
  /** Pages that have the whole query, every syllable in order side by side; undefined for one syllable. */
  wholePhrase?: ReadonlySet<string>;
  /** Multiplier step for the weighted share of pairs found side by side, and again for the whole phrase. */
  phraseBoost: number;
  /** Pages that have every syllable typed with marks with exactly those marks; undefined when none was typed. */
  exactMarks?: ReadonlySet<string>;
  /** Multiplier step for being in `exactMarks`. */
  markBoost: number;
}

/**
 * Weight of each adjacent pair: rare pairs count more (inverse document frequency among the
 * `total` pages found), so in "… phong cách Hồ Chí Minh ở xã Mô Rai" the pair "mô rai" that
 * tells one commune's page from the others outweighs the long phrase every commune shares.
 */
export function pairWeights(pairHits: readonly ReadonlySet<string>[], total: number): number[] {
  return pairHits.map((hits) => Math.log(1 + total / (1 + hits.size)));
}

/**
 * Orders pages by score × (1 + phraseBoost × (weighted share of adjacent pairs found side by
 * side + 1 if the whole query stands there as typed)) × (1 + markBoost if the page has the
 * syllables exactly as typed with marks), best first.
 */
export function rankWithBoosts<T extends Scored>(
  best: ReadonlyMap<string, T>,
  { pairHits, wholePhrase, phraseBoost, exactMarks, markBoost }: Boosts,
): Ranked<T>[] {
  const weights = pairWeights(pairHits, best.size);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const ranked = [...best.values()].map((result) => {
    const found = pairHits.reduce((sum, hits, index) => sum + (hits.has(result.id) ? weights[index]! : 0), 0);
    const phrase = (totalWeight > 0 ? found / totalWeight : 0) + (wholePhrase?.has(result.id) ? 1 : 0);
    const marks = exactMarks?.has(result.id) ? 1 + markBoost : 1;
    return { id: result.id, score: result.score * (1 + phraseBoost * phrase) * marks, result };
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
