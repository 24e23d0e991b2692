/**
 * @astrojs/sitemap sees only URLs; this gives each URL a lastmod read from its built page
 * (see pageLastModified), and leaves out pages marked noindex.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { pageLastModified } from '../lib/page-dates';
import { buildDate } from '../data/build-date';

/** The sitemap integration plus the hook that tells it where the built pages are. */
export function sitemapWithDates(): AstroIntegration[] {
  let outDir = '';
  // End of the build's day, not the clock: two builds on the same day write the same sitemap.
  const buildTime = new Date(buildDate().getTime() + 86_399_999).toISOString();
  // Filter and serialize both ask about each page: it is read once per build.
  const facts = new Map<string, PageFacts | undefined>();
  const factsOf = (url: string) => {
    if (!facts.has(url)) facts.set(url, readPageFacts(outDir, url));
    return facts.get(url);
  };
  return [
    {
      name: 'lam-theo-bac:sitemap-dates',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
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
  ];
}

/** What the sitemap needs from a built page. */
interface PageFacts {
  indexable: boolean;
  lastModified?: string;
}

/** The facts of a page URL, when it has an index.html. */
function readPageFacts(outDir: string, url: string): PageFacts | undefined {
  const file = path.join(outDir, decodeURIComponent(new URL(url).pathname), 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file, 'utf8');
  return { indexable: !html.includes('<meta name="robots" content="noindex"'), lastModified: pageLastModified(html) };
}
