/**
 * Lookups between items, built once per build: a page resolves its references through a Map
 * instead of scanning every list for every link, which made the build quadratic in the content.
 */

/** Items by id. */
export const indexById = <T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> =>
  new Map(items.map((item) => [item.id, item]));

/** The items that references name, in the references' order; a reference to an unknown id is skipped. */
export const resolveRefs = <T>(refs: readonly { id: string }[], byId: ReadonlyMap<string, T>): T[] =>
  refs.flatMap((ref) => {
    const item = byId.get(ref.id);
    return item ? [item] : [];
  });

/** For each id some item refers to, the items referring to it, in the items' order: "which questions name this story". */
export function reverseIndex<T>(items: readonly T[], refsOf: (item: T) => readonly { id: string }[]): ReadonlyMap<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const id of new Set(refsOf(item).map((ref) => ref.id))) {
      const list = index.get(id);
      if (list) list.push(item);
      else index.set(id, [item]);
    }
  }
  return index;
}
