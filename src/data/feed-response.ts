/** One RSS response for a feed route, so every feed has the same channel details. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { siteConfig } from '../site.config';
import { feedOf, type FeedKey } from './feeds';
import { feedTagline } from './sample';

/** Renders the feed `key` with its items. */
export function feedResponse(key: FeedKey, site: URL | undefined, items: RSSFeedItem[]): Promise<Response> {
  return rss({
    title: feedOf(key).title,
    description: feedTagline,
    site: site ?? siteConfig.url,
    items,
    customData: '<language>vi</language>',
    trailingSlash: true,
  });
}
