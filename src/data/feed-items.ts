/** The entries of a feed, from the catalog: one kind's (each kind supplies its own, see item-page/) or every kind's together. */
import type { RSSFeedItem } from '@astrojs/rss';
import { newestFirst } from '../lib/feeds';
import type { Catalog } from './catalog';
import { itemKinds, type ItemKindKey } from './item-page';

/** How many entries the site-wide feed carries. */
const SITE_FEED_LIMIT = 50;

/** The entries of one kind's feed, or of the site-wide one ('all': every kind, newest first); links are site paths that @astrojs/rss makes absolute. */
export function feedItems(catalog: Catalog, kind: ItemKindKey | 'all'): RSSFeedItem[] {
  if (kind !== 'all') return itemKinds[kind].feed(catalog);
  return newestFirst(Object.values(itemKinds).flatMap((each) => each.feed(catalog))).slice(0, SITE_FEED_LIMIT);
}
