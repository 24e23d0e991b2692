/** One RSS response for a feed route, so every feed has the same channel details. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { siteConfig } from '../site.config';
import { feedOf, type FeedKey } from './feeds';

/** Renders the feed `key` with its items. */
export function feedResponse(key: FeedKey, site: URL | undefined, items: RSSFeedItem[]): Promise<Response> {
  return rss({
    title: feedOf(key).title,
    description: siteConfig.tagline,
    site: site ?? siteConfig.url,
    items,
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
}
