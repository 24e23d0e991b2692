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
 * links to, counts, the localities or the radio dictionary. `omit` names props that are not
 * shown as such, like an item's position in its list (what it shows of that, its previous and
 * next items, belongs in `shows`): adding an article moves every position, not every page.
 */
export function reusablePaths<Path extends { params: object; props?: object }>(
  paths: Path[],
  shows: (path: Path) => unknown[] = () => [],
  { omit = [] }: { omit?: string[] } = {},
): Array<Path & { cacheKey: string }> {
  const shownProps = (props: object | undefined) =>
    props && omit.length > 0 ? Object.fromEntries(Object.entries(props).filter(([name]) => !omit.includes(name))) : props;
  return paths.map((path) => ({ ...path, cacheKey: keyer.keyOf(path.params, shownProps(path.props), ...shows(path)) }));
}

/** What a radio script reads besides its item: the site's abbreviations and keep-list. */
export async function radioDictionary(): Promise<KeyedEntry[][]> {
  const { abbreviations, keepWords } = await getCatalog();
  return [abbreviations, keepWords];
}
