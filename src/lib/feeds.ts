/** The RSS feeds the site publishes; every page links them in <head> so readers' apps find them. */
import { feedPath, sections } from './routes';

/** The feeds: everything new, one per kind of item, then the weekly radio programmes and the calendar of anniversaries. */
export const FEED_KEYS = [
  'all',
  'articles',
  'stories',
  'exemplars',
  'questions',
  'documents',
  'models',
  'figures',
  'radio',
  'onThisDay',
] as const;

/** Which feed: the whole site's or one kind's. */
export type FeedKey = (typeof FEED_KEYS)[number];

/** One feed: where it lives and what it carries. */
export interface FeedInfo {
  key: FeedKey;
  /** Site path of the XML file. */
  path: string;
  /** Feed title shown in feed readers. */
  title: string;
}

/** Every feed, titled "<site name> – <what it carries>" so a reader's app tells them apart. */
export function feedList(siteName: string, labels: Record<FeedKey, string>): FeedInfo[] {
  return FEED_KEYS.map((key) => ({ key, path: feedPath(key === 'all' ? '/' : sections[key]), title: `${siteName} – ${labels[key]}` }));
}
