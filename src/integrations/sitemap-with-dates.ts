/**
 * @astrojs/sitemap sees only URLs; this gives each URL a lastmod read from its built page
 * (see pageLastModified) and leaves the 404 page and radio scripts' duplicates out.
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
      filter: (page) => !new URL(page).pathname.startsWith('/404'),
      serialize: (item) => {
        const file = path.join(outDir, decodeURIComponent(new URL(item.url).pathname), 'index.html');
        const found = existsSync(file) ? pageLastModified(readFileSync(file, 'utf8')) : undefined;
        // A list may show a date ahead (a week's Sunday); a sitemap date is never in the future.
        const lastmod = found && found > buildTime ? buildTime : found;
        return lastmod ? { ...item, lastmod } : item;
      },
    }),
  ];
}
