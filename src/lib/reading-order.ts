/**
 * The order in which each kind of item is listed everywhere on the site (lists, feeds,
 * previous/next links): comparators for Array.prototype.sort, each with a final tie-break
 * so two builds of the same content always list it the same way.
 */
import { compareVietnamese } from './vietnamese';

type Dated = { id: string; data: { pubDate: Date } };

/** Newest first; same day by id. For articles. */
export const newestFirst = (a: Dated, b: Dated): number => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id);

/** Newest first; same day by name in Vietnamese order. For exemplars. */
export const newestFirstByName = (a: Dated & { data: { name: string } }, b: Dated & { data: { name: string } }): number =>
  b.data.pubDate.getTime() - a.data.pubDate.getTime() || compareVietnamese(a.data.name, b.data.name);

/** Newest ISO week first. For weekly questions. */
export const newestWeekFirst = (a: { data: { year: number; week: number } }, b: { data: { year: number; week: number } }): number =>
  b.data.year - a.data.year || b.data.week - a.data.week;

type Ordered = { id: string; data: { order: number; title: string } };

/** Each story collection's rank: by `order`, then title in Vietnamese order. */
export function collectionRanks(collections: readonly Ordered[]): Map<string, number> {
  return new Map(
    [...collections]
      .sort((a, b) => a.data.order - b.data.order || compareVietnamese(a.data.title, b.data.title))
      .map((collection, index) => [collection.id, index]),
  );
}

/** Collections by rank. */
export const byCollectionRank =
  (ranks: ReadonlyMap<string, number>) =>
  (a: { id: string }, b: { id: string }): number =>
    (ranks.get(a.id) ?? 0) - (ranks.get(b.id) ?? 0);

/** Stories by their collection's rank, then their order within it. */
export const storyOrder =
  (ranks: ReadonlyMap<string, number>) =>
  (a: { data: { collection: { id: string }; order: number } }, b: { data: { collection: { id: string }; order: number } }): number =>
    (ranks.get(a.data.collection.id) ?? 0) - (ranks.get(b.data.collection.id) ?? 0) || a.data.order - b.data.order;
