/** The RSS feeds the site publishes; every page links them in <head> so readers' apps find them. */
import type { RSSFeedItem } from '@astrojs/rss';
import { feedPath } from './routes';

/** One feed: where it lives and what it carries. */
export interface FeedInfo<Key extends string = string> {
  key: Key;
  /** Site path of the XML file. */
  path: string;
  /** Feed title shown in feed readers. */
  title: string;
}

/**
 * Every feed, in the order of `labels`: the site-wide one ("all", at the root) and one per kind
 * of item, in the folder `sectionOf` gives; each titled "<site name> – <what it carries>" so a
 * reader's app tells them apart.
 */
export function feedList<Key extends string>(
  siteName: string,
  labels: Record<'all' | Key, string>,
  sectionOf: (key: Key) => string,
): FeedInfo<'all' | Key>[] {
  return (Object.keys(labels) as ('all' | Key)[]).map((key) => ({
    key,
    path: feedPath(key === 'all' ? '/' : sectionOf(key as Key)),
    title: `${siteName} – ${labels[key]}`,
  }));
}

/** Feed entries newest first, those of one date by link, so a feed's order never depends on the order they came in. */
export function newestFirst(items: RSSFeedItem[]): RSSFeedItem[] {
  return items.sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0) || String(a.link).localeCompare(String(b.link)));
}
