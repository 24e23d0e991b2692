/** Groups items by free-text labels (categories, tags, themes, fields) under stable ASCII slugs. */
import { slugify } from './slug';
import { compareVietnamese } from './vietnamese';

/** A label and the items that carry it. */
export interface Term<T> {
  /** URL slug of the label. */
  slug: string;
  /** The label as editors wrote it most often ("Mô hình hay"). */
  name: string;
  /** Items with the label, in the order given. */
  items: T[];
}

/**
 * Groups items by label. Labels that fold to the same slug ("Tin tức", "tin tuc") are one
 * term, named by their most frequent spelling; terms are in Vietnamese alphabetical order.
 */
export function groupByLabel<T>(items: readonly T[], labelsOf: (item: T) => readonly string[]): Term<T>[] {
  const terms = new Map<string, { items: T[]; spellings: Map<string, number> }>();
  for (const item of items) {
    for (const label of new Set(labelsOf(item))) {
      const slug = slugify(label);
      if (!slug) continue;
      const term = terms.get(slug) ?? { items: [] as T[], spellings: new Map<string, number>() };
      if (!term.items.includes(item)) term.items.push(item);
      term.spellings.set(label, (term.spellings.get(label) ?? 0) + 1);
      terms.set(slug, term);
    }
  }
  return [...terms]
    .map(([slug, term]) => ({
      slug,
      name: [...term.spellings].sort((a, b) => b[1] - a[1] || compareVietnamese(a[0], b[0]))[0]?.[0] ?? slug,
      items: term.items,
    }))
    .sort((a, b) => compareVietnamese(a.name, b.name));
}
