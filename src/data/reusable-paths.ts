/**
 * Static paths Astro's incremental build may reuse: each carries a cacheKey that digests what
 * its page shows (src/lib/page-key.ts), so a rebuild copies the page from the last build
 * unless something it shows changed. (Code changes are Astro's own check: it hashes each
 * route's modules, UI text and site config included.)
 */
import { createPageKeyer, wholeEntry, type KeyedEntry } from '../lib/page-key';
import { isSampleData } from '../lib/sample-mode';
import { getCatalog } from './catalog';
import type { PosterContent } from './item-page/types';

export { wholeEntry };

/** One keyer per build, so every entry and shared list is digested once. */
const keyer = createPageKeyer();

/**
 * Adds `cacheKey` to every path a route's getStaticPaths returns: the digest of its params, of
 * its props (entries in them count through their front matter; `shownProps` narrows them to what
 * the page shows of them) and of `shows(path)`, what the page reads beyond its props:
 * `wholeEntry(item)` for an item shown with its body, the entries it links to, counts, the
 * localities or the radio dictionary.
 */
export function reusablePaths<Path extends { params: object; props?: object }>(
  paths: Path[],
  shows: (path: Path) => unknown[] = () => [],
  { shownProps = (props) => props }: { shownProps?: (props: Path['props']) => unknown } = {},
): Array<Path & { cacheKey: string }> {
  return paths.map((path) => ({ ...path, cacheKey: keyer.keyOf(path.params, shownProps(path.props), ...shows(path)) }));
}

/** What a radio script reads besides its item: the site's abbreviations and keep-list. */
export async function radioDictionary(): Promise<KeyedEntry[][]> {
  const { abbreviations, keepWords } = await getCatalog();
  return [abbreviations, keepWords];
}

/** What the paths of an item page are made from: its route parameters and its entry (see ItemPageBase). */
interface ItemPageRoute {
  params: Record<string, string>;
  entry: KeyedEntry;
}

/**
 * Static paths of item pages (getItemPages): their route data is in the props, down to the
 * names of the places and the titles of the items they link to; what is left to render time
 * counts too: the body, and the radio dictionary behind the script's duration.
 */
export async function itemPagePaths<Page extends ItemPageRoute>(pages: Page[]) {
  const dictionary = await radioDictionary();
  return reusablePaths(
    pages.map((page) => ({ params: page.params, props: { page } })),
    ({ props: { page } }) => [wholeEntry(page.entry), dictionary],
  );
}

/** Static paths of the items' radio pages: the script (the body read with the dictionary) under the item's trail. */
export async function radioPagePaths<Page extends ItemPageRoute & { crumbs: unknown; radio: unknown }>(pages: Page[]) {
  const dictionary = await radioDictionary();
  return reusablePaths(
    pages.map((page) => ({ params: page.params, props: { page } })),
    ({ props: { page } }) => [wholeEntry(page.entry), dictionary],
    { shownProps: ({ page }) => ({ crumbs: page.crumbs, radio: page.radio }) },
  );
}

/**
 * Static paths of the posters of the items that have one: an A4 page (no `size`) and an A3 page
 * each, keyed by what a poster prints: its content, the item's path and URL (the QR code), its
 * title and whether it is made up.
 */
export function posterPagePaths<
  Page extends ItemPageRoute & { path: string; url: string; title: string; description: string; poster?: PosterContent },
>(pages: Page[]) {
  const withPoster = pages.flatMap((page) => (page.poster ? [{ ...page, poster: page.poster }] : []));
  return reusablePaths(
    withPoster.flatMap((page) =>
      (['a4', 'a3'] as const).map((size) => ({
        params: { ...page.params, size: size === 'a4' ? undefined : size },
        props: { page, sample: isSampleData(page.entry.data as object), size },
      })),
    ),
    () => [],
    {
      shownProps: ({ page, sample, size }) => ({
        path: page.path,
        url: page.url,
        title: page.title,
        description: page.description,
        poster: page.poster,
        sample,
        size,
      }),
    },
  );
}

/**
 * Static paths of the document and model list pages (by type, year, place, field), keyed by what
 * they can show: every entry of their own section with its body, the radio dictionary, and per
 * section what its pages read of the rest: the attachments' sizes (documents); the localities
 * and the front matter of exemplars and articles a model links to (models). An edit elsewhere,
 * such as an article's body, copies them. Their item pages are keyed as items (itemPagePaths).
 */
export async function sectionPaths<Path extends { params: object; props?: object }>(section: 'documents' | 'models', paths: Path[]) {
  const [dictionary, catalog] = await Promise.all([radioDictionary(), getCatalog()]);
  const own = catalog[section].map((entry) => wholeEntry(entry as KeyedEntry));
  const rest = {
    documents: [[...catalog.attachments].map(([id, { bytes }]) => [id, bytes])],
    models: [[...catalog.localities.values()], catalog.exemplars, catalog.articles],
  }[section];
  const shown = [own, dictionary, ...rest];
  return reusablePaths(paths, () => shown);
}
