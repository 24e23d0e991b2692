/** The site's feeds, named with its configured name and the UI text: the site-wide one, then one per kind of item. */
import { ui } from '../i18n/ui';
import { feedList, type FeedInfo } from '../lib/feeds';
import { sections } from '../lib/routes';
import { siteConfig } from '../site.config';
import type { ItemKindKey } from './item-page';

/** Which feed: the whole site's ('all') or one kind's, named like the kind and living in its section. */
export type FeedKey = 'all' | ItemKindKey;

/** Every feed the site publishes, the site-wide one first; ui.feeds must name one per kind. */
export const feeds: FeedInfo<FeedKey>[] = feedList<ItemKindKey>(siteConfig.name, ui.feeds, (key) => sections[key]);

/** The feed of one key; every key has one. */
export function feedOf(key: FeedKey): FeedInfo<FeedKey> {
  const feed = feeds.find((candidate) => candidate.key === key);
  if (!feed) throw new Error(`No feed for ${key}`);
  return feed;
}
