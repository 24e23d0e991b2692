/**
 * The site's feeds, named with its configured name and the UI text: the site-wide one, one per
 * kind of item, then the weekly radio programmes and the calendar of anniversaries.
 */
import { ui } from '../i18n/ui';
import { feedList, type FeedInfo } from '../lib/feeds';
import { sections } from '../lib/routes';
import { siteConfig } from '../site.config';
import type { ItemKindKey } from './item-page';

/** The sections that gather other items (each week's radio programme, each calendar day) and have a feed of their own. */
type GatheringKey = 'radio' | 'onThisDay';

/**
 * Which feed: the whole site's ('all'), one kind's (named like the kind and living in its
 * section), or a gathering section's.
 */
export type FeedKey = 'all' | ItemKindKey | GatheringKey;

/** Every feed the site publishes, the site-wide one first; ui.feeds must name one per kind. */
export const feeds: FeedInfo<FeedKey>[] = feedList<ItemKindKey | GatheringKey>(siteConfig.name, ui.feeds, (key) => sections[key]);

/** The feed of one key; every key has one. */
export function feedOf(key: FeedKey): FeedInfo<FeedKey> {
  const feed = feeds.find((candidate) => candidate.key === key);
  if (!feed) throw new Error(`No feed for ${key}`);
  return feed;
}
