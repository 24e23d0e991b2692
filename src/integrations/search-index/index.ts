/**
 * Site search index: once Astro has written dist/, Pagefind reads the `data-pagefind-body`
 * of every item page (list pages have none, so they stay out) and writes dist/pagefind/.
 * When no page changed since the last build, the bundle is copied from the cache instead.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { bundleKey, restoreBundle, storeBundle, type SearchPage } from './cache.ts';
import { forSearchIndex } from '../../lib/search/html.ts';
import { INDEX_EXCLUDED_SELECTORS } from '../../lib/search/config.ts';
import { writeNewestOrder } from './newest-order.ts';

/** How Pagefind indexes this site: all Vietnamese, without the radio link and the date/reading-time line. */
export const indexConfig: PagefindServiceConfig = {
  forceLanguage: 'vi',
  excludeSelectors: INDEX_EXCLUDED_SELECTORS,
};

/** Pagefind's ready-made interfaces: this site has its own, so they are not published. */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** What to index and where to write it. */
export interface SearchIndexOptions {
  /** The built site. */
  siteDir: string;
  /** Folder for the Pagefind bundle (dist/pagefind for the site). */
  outputPath: string;
  /** Pagefind settings; default: `indexConfig`. */
  config?: PagefindServiceConfig;
  /** Rewrites each page before indexing; default: `forSearchIndex` (hero thumbnail as `image`, đ spelled with a stroke). */
  transform?: (html: string) => string;
  /** Keeps the last bundle, copied instead of indexing while the pages stay the same; default: none, always index. */
  cacheDir?: string;
}

/** What building the index did, for the build log. */
export interface SearchIndexResult {
  /** Pages in the index. */
  pages: number;
  /** Whether the bundle was copied from the cache instead of indexed. */
  reused: boolean;
}

/** A built page's URL: its file's path, without a trailing index.html. */
const pageUrl = (file: string): string => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/u, '');

/** The pages to index, in the order of `files`: those with a `data-pagefind-body`, rewritten by `transform`. */
async function* searchPages(siteDir: string, files: readonly string[], transform: (html: string) => string): AsyncGenerator<SearchPage> {
  for (const file of files) {
    const html = await readFile(path.join(siteDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    yield { url: pageUrl(file), content: transform(html) };
  }
}

/** The installed Pagefind's version. Its package.json is not in its exports, so it is read next to the entry point. */
async function pagefindVersion(): Promise<string> {
  const manifest = await readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}

/** Runs Pagefind over the pages and writes the bundle, with the newest-first order and without the unused files. */
async function writeBundle(pages: readonly SearchPage[], outputPath: string, config: PagefindServiceConfig): Promise<void> {
  const { index, errors } = await pagefind.createIndex(config);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const page of pages) {
    const added = await index.addHTMLFile(page);
    if (added.errors.length) throw new Error(`Pagefind, ${page.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await writeNewestOrder(outputPath);
  await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(path.join(outputPath, name), { force: true })));
}

/** Indexes every built page that has a `data-pagefind-body`, or copies the cached bundle of the very same pages. */
export async function buildSearchIndex({
  siteDir,
  outputPath,
  config = indexConfig,
  transform = forSearchIndex,
  cacheDir,
}: SearchIndexOptions): Promise<SearchIndexResult> {
  // Pagefind's output depends on the order pages are added: sorted paths make it follow from
  // the pages alone, so a key over them stands for the bundle. The pages are kept as Pagefind
  // reads them, a sixth of their built size (`searchDocument`; 33 MB at 5,000 items), so each
  // is read and rewritten once.
  const files = (await readdir(siteDir, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
    .toSorted();
  const pages = await Array.fromAsync(searchPages(siteDir, files, transform));
  if (cacheDir === undefined) {
    await writeBundle(pages, outputPath, config);
    return { pages: pages.length, reused: false };
  }
  const settings = { pagefindVersion: await pagefindVersion(), config, removedFiles: UNUSED_BUNDLE_FILES };
  const { key } = await bundleKey(settings, pages);
  if (await restoreBundle(cacheDir, key, outputPath)) return { pages: pages.length, reused: true };
  await writeBundle(pages, outputPath, config);
  await storeBundle(cacheDir, key, outputPath);
  return { pages: pages.length, reused: false };
}

/** The Astro integration: builds the search index into dist/pagefind/ after every build. */
export default function searchIndex(): AstroIntegration {
  let cacheDir: string;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Inside Astro's own cache, which tests and benchmarks give each build (ASTRO_CACHE_DIR).
        cacheDir = fileURLToPath(new URL('search-index/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const { pages, reused } = await buildSearchIndex({ siteDir, outputPath: path.join(siteDir, 'pagefind'), cacheDir });
        const source = reused ? ', dùng lại từ bộ đệm' : '';
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang${source} (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
