/** Picks related items by what they share, so readers keep reading on slow connections without searching. */

/** What relatedness is computed from. */
export interface Relatable {
  id: string;
  date: Date;
  tags: readonly string[];
  category?: string;
  locality?: string;
}

/**
 * The `limit` items most related to `item`: 2 points per shared tag, 1 for the same
 * category, 1 for the same locality; ties go to the newer item, then the id, so the
 * choice is deterministic. Items sharing nothing are not suggested.
 */
export function relatedItems<T extends Relatable>(item: Relatable, candidates: readonly T[], limit = 3): T[] {
  const tags = new Set(item.tags);
  return candidates
    .filter((candidate) => candidate.id !== item.id)
    .map((candidate) => ({
      candidate,
      score:
        2 * candidate.tags.filter((tag) => tags.has(tag)).length +
        (item.category && candidate.category === item.category ? 1 : 0) +
        (item.locality && candidate.locality === item.locality ? 1 : 0),
    }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score || b.candidate.date.getTime() - a.candidate.date.getTime() || a.candidate.id.localeCompare(b.candidate.id),
    )
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

/** The neighbours of an item in an ordered list: the one before and the one after. */
export function neighbours<T>(items: readonly T[], index: number): { previous?: T; next?: T } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: index >= 0 ? items[index + 1] : undefined };
}
