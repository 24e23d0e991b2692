/**
 * @astrojs/sitemap sees only URLs; this gives each URL a lastmod read from its built page
 * (see pageLastModified), and leaves out pages marked noindex (a sample site's "noindex, nofollow"
 * on every page is the site's, not the page's: those pages stay). What it reads from a page is
 * kept between builds, so a rebuild reads only the pages that changed (see build-steps/).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { pageLastModified } from '../lib/page-dates';
import { buildDate } from '../data/build-date';
import { readPageStamps } from './build-steps/page-stamps';
import { codeVersion, openStepCache, type StepCache } from './build-steps/step-cache';

/** What the sitemap needs from a built page. */
interface PageFacts {
  indexable: boolean;
  lastModified?: string;
}

/** The sitemap integration, between hooks that load and save what was read from the pages. */
export function sitemapWithDates(): AstroIntegration[] {
  let outDir = '';
  let cacheDir = '';
  // End of the build's day, not the clock: two builds on the same day write the same sitemap.
  const buildTime = new Date(buildDate().getTime() + 86_399_999).toISOString();
  let stamps: ReadonlyMap<string, string> = new Map();
  let cache: StepCache<PageFacts | null> | undefined;
  // Filter and serialize both ask about each page: it is read once per build at most.
  const facts = new Map<string, PageFacts | undefined>();
  const factsOf = (url: string) => {
    if (!facts.has(url)) {
      const relative = path.posix.join(decodeURIComponent(new URL(url).pathname), 'index.html').slice(1);
      const stamp = stamps.get(relative);
      const found = cache?.get(relative, stamp) ?? readPageFacts(path.join(outDir, relative)) ?? null;
      cache?.set(relative, stamp, found);
      facts.set(url, found ?? undefined);
    }
    return facts.get(url);
  };
  return [
    {
      name: 'lam-theo-bac:sitemap-dates',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
          cacheDir = fileURLToPath(config.cacheDir);
        },
        // Runs before the sitemap's own hook: Astro runs integrations' hooks in order.
        'astro:build:done': async () => {
          const version = await codeVersion(new URL(import.meta.url), new URL('../lib/page-dates.ts', import.meta.url));
          [stamps, cache] = await Promise.all([
            readPageStamps(cacheDir),
            openStepCache<PageFacts | null>(path.join(cacheDir, 'lam-theo-bac/sitemap-facts.json'), version),
          ]);
        },
      },
    },
    sitemap({
      // Pages that ask search engines not to index them (search results) stay out, and so
      // does the not-found page, which has no index.html of its own.
      filter: (page) => factsOf(page)?.indexable === true,
      serialize: (item) => {
        const found = factsOf(item.url)?.lastModified;
        // A list may show a date ahead (a week's Sunday); a sitemap date is never in the future.
        const lastmod = found && found > buildTime ? buildTime : found;
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
    {
      name: 'lam-theo-bac:sitemap-dates-saved',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!cache) return;
          await cache.save();
          logger.info(`Sitemap: ${facts.size} trang, ${cache.hits} trang không đổi, không đọc lại`);
        },
      },
    },
  ];
}

/** The facts of a built page file, when it exists. */
function readPageFacts(file: string): PageFacts | undefined {
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  return { indexable: !html.includes('<meta name="robots" content="noindex"'), lastModified: pageLastModified(html) };
}
