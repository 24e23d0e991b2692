/**
 * Site search index: once Astro has written dist/, Pagefind reads the `data-pagefind-body`
 * of every item page (list pages have none, so they stay out) and writes dist/pagefind/.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { withHeroImageMeta } from '../lib/search-html.ts';

/** How Pagefind indexes this site: all Vietnamese, without the radio link and the date/reading-time line. */
export const indexConfig: PagefindServiceConfig = {
  forceLanguage: 'vi',
  excludeSelectors: ['.radio-link', '.item-meta'],
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
  /** Rewrites each page before indexing; default: adds the hero thumbnail as `image`. */
  transform?: (html: string) => string;
}

/** Indexes every built page that has a `data-pagefind-body`; returns how many went in. */
export async function buildSearchIndex({ siteDir, outputPath, config = indexConfig, transform = withHeroImageMeta }: SearchIndexOptions): Promise<number> {
  const { index, errors } = await pagefind.createIndex(config);
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const files = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
  let pages = 0;
  for (const file of files) {
    const html = await readFile(path.join(siteDir, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const url = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/u, '');
    const added = await index.addHTMLFile({ url, content: transform(html) });
    if (added.errors.length) throw new Error(`Pagefind, ${url}: ${added.errors.join('; ')}`);
    pages++;
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(path.join(outputPath, name), { force: true })));
  return pages;
}

/** The Astro integration: builds the search index into dist/pagefind/ after every build. */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const pages = await buildSearchIndex({ siteDir, outputPath: path.join(siteDir, 'pagefind') });
        logger.info(`Chỉ mục tìm kiếm: ${pages} trang (${Math.round(performance.now() - started)} ms)`);
      },
    },
  };
}
