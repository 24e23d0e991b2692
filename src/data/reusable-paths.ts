/**
 * Static paths Astro's incremental build may reuse: each carries a cacheKey that digests what
 * its page shows (src/lib/page-key.ts), so a rebuild copies the page from the last build
 * unless something it shows changed. (Code changes are Astro's own check: it hashes each
 * route's modules, UI text and site config included.)
 */
import { createPageKeyer, wholeEntry, type KeyedEntry } from '../lib/page-key';
import { getCatalog } from './catalog';

export { wholeEntry };

/** One keyer per build, so every entry and shared list is digested once. */
const keyer = createPageKeyer();

/**
 * Adds `cacheKey` to every path a route's getStaticPaths returns: the digest of its params and
 * props (entries in them count through their front matter) and of `shows(path)`, what the page
 * reads beyond its props: `wholeEntry(item)` for an item shown with its body, the entries it
 * links to, counts, the localities or the radio dictionary.
 */
export function reusablePaths<Path extends { params: object; props?: object }>(
  paths: Path[],
  shows: (path: Path) => unknown[] = () => [],
): Array<Path & { cacheKey: string }> {
  return paths.map((path) => ({ ...path, cacheKey: keyer.keyOf(path.params, path.props, ...shows(path)) }));
}

/** What a radio script reads besides its item: the site's abbreviations and keep-list. */
export async function radioDictionary(): Promise<KeyedEntry[][]> {
  const { abbreviations, keepWords } = await getCatalog();
  return [abbreviations, keepWords];
}
