/**
 * The rules of a page's incremental-build key: a digest of exactly what the page shows, so
 * an edit renders again only the pages that show it. A content entry counts through its
 * front matter wherever a page lists or links to it (title, date, summary, cover…), and
 * through its body too only where the page shows it whole (the item's own page, its radio
 * script). Code (layouts, UI text, site config) is not part of the key: Astro hashes each
 * route's modules itself.
 */
import { contentDigest } from './content-digest';

/** A content entry as the key sees it: Astro's collection entries have this shape. */
export interface KeyedEntry {
  collection: string;
  id: string;
  data: unknown;
  body?: string;
  filePath?: string;
}

const WHOLE = Symbol('whole entry');

/** An entry a page shows whole: its body as well as its front matter. */
export interface WholeEntry {
  readonly [WHOLE]: KeyedEntry;
}

/** Marks an entry the page shows whole (its own item, or a script read from its body). */
export function wholeEntry(entry: KeyedEntry): WholeEntry {
  return { [WHOLE]: entry };
}

/** True for a content entry: a collection, an id and front matter. References ({ collection, id }) have no data. */
export function isEntry(value: unknown): value is KeyedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<KeyedEntry>;
  return (
    typeof candidate.collection === 'string' &&
    typeof candidate.id === 'string' &&
    typeof candidate.data === 'object' &&
    candidate.data !== null
  );
}

function isWhole(value: unknown): value is WholeEntry {
  return typeof value === 'object' && value !== null && WHOLE in value;
}

/** Computes page keys; one per build, as it remembers the digest of every entry and shared list it has seen. */
export interface PageKeyer {
  /** The key of a page showing `shown` (route parameters, props, and whatever else it reads). */
  keyOf(...shown: unknown[]): string;
}

/**
 * A keyer for one build. Entries are digested once each, and so are objects many pages
 * share (the list of every day on each calendar page, the dictionary): build data is never
 * changed once the catalog is loaded, so an object's digest is remembered by identity.
 */
export function createPageKeyer(): PageKeyer {
  const frontMatter = new WeakMap<object, string>();
  const whole = new WeakMap<object, string>();
  const shared = new WeakMap<object, string>();

  const frontMatterOf = (entry: KeyedEntry): string => {
    let digest = frontMatter.get(entry);
    if (digest === undefined) {
      digest = `entry:${entry.collection}/${entry.id}:${contentDigest(entry.data)}`;
      frontMatter.set(entry, digest);
    }
    return digest;
  };
  const wholeOf = (entry: KeyedEntry): string => {
    let digest = whole.get(entry);
    if (digest === undefined) {
      digest = `whole:${entry.collection}/${entry.id}:${contentDigest(entry.filePath, entry.data, entry.body)}`;
      whole.set(entry, digest);
    }
    return digest;
  };
  /** Replaces entries by their digests, and any other object or list by its own (remembered) digest. */
  const reduce = (value: unknown, top: boolean): unknown => {
    if (typeof value !== 'object' || value === null || value instanceof Date) return value;
    if (isWhole(value)) return wholeOf(value[WHOLE]);
    if (isEntry(value)) return frontMatterOf(value);
    const remembered = shared.get(value);
    if (remembered !== undefined) return remembered;
    const items = value instanceof Map || value instanceof Set || Array.isArray(value) ? [...value] : undefined;
    const reduced = items
      ? items.map((item) => reduce(item, false))
      : Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reduce(item, false)]));
    // The page's own arguments are not shared; nested objects may be, and are remembered.
    if (top) return reduced;
    const digest = `${items ? 'list' : 'object'}:${contentDigest(reduced)}`;
    shared.set(value, digest);
    return digest;
  };
  return {
    keyOf: (...shown) => contentDigest(...shown.map((value) => reduce(value, true))),
  };
}
