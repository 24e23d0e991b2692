/**
 * One RSS response for a feed route, so every feed has the same channel details: its section's
 * page as the channel's link, its own address as the Atom "self" link feed readers ask for, and
 * each item's author as dc:creator (RSS 2.0's <author> holds an e-mail address, not a name).
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { absoluteUrl, sections } from '../lib/routes';
import { escapeHtml } from '../lib/text';
import { siteConfig } from '../site.config';
import { feedOf, type FeedKey } from './feeds';
import { feedTagline } from './sample';

/** Renders the feed `key` with its items. */
export function feedResponse(key: FeedKey, site: URL | undefined, items: RSSFeedItem[]): Promise<Response> {
  const base = String(site ?? siteConfig.url);
  const feed = feedOf(key);
  return rss({
    title: feed.title,
    description: feedTagline,
    // The channel's link: the page of what the feed carries (the home page for the whole site's).
    site: absoluteUrl(key === 'all' ? '/' : sections[key], base),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    items: items.map(({ author, customData, ...item }) => ({
      ...item,
      ...(author || customData
        ? { customData: `${customData ?? ''}${author ? `<dc:creator>${escapeHtml(author)}</dc:creator>` : ''}` }
        : {}),
    })),
    customData: `<language>vi</language><atom:link href="${absoluteUrl(feed.path, base)}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
  });
}
