/** The site's feeds, named with its configured name and the UI text. */
import { ui } from '../i18n/ui';
import { feedList, type FeedInfo, type FeedKey } from '../lib/feeds';
import { siteConfig } from '../site.config';

/** Every feed the site publishes, the site-wide one first. */
export const feeds: FeedInfo[] = feedList(siteConfig.name, ui.feeds);

/** The feed of one key; every key has one. */
export function feedOf(key: FeedKey): FeedInfo {
  const feed = feeds.find((candidate) => candidate.key === key);
  if (!feed) throw new Error(`No feed for ${key}`);
  return feed;
}
