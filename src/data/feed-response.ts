/** One RSS response for a feed route, so every feed has the same channel details. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { feeds } from '../lib/feeds';
import { siteConfig } from '../site.config';

/** Renders the feed published at `path` (one of lib/feeds) with its items. */
export function feedResponse(path: string, site: URL | undefined, items: RSSFeedItem[]): Promise<Response> {
  const feed = feeds.find((f) => f.path === path);
  if (!feed) throw new Error(`No feed is declared at ${path} in src/lib/feeds.ts`);
  return rss({
    title: feed.title,
    description: siteConfig.tagline,
    site: site ?? siteConfig.url,
    items,
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
}
