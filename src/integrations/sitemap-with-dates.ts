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
      filter: (page) => {
        const html = readPage(outDir, page);
        return html !== undefined && !html.includes('<meta name="robots" content="noindex"');
      },
      serialize: (item) => {
        const html = readPage(outDir, item.url);
        const found = html ? pageLastModified(html) : undefined;
        // A list may show a date ahead (a week's Sunday); a sitemap date is never in the future.
        const lastmod = found && found > buildTime ? buildTime : found;
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}

/** The built HTML of a page URL, when it has an index.html. */
function readPage(outDir: string, url: string): string | undefined {
  const file = path.join(outDir, decodeURIComponent(new URL(url).pathname), 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
