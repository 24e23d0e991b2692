/**
 * A feed route: one static path whose props are the feed's items, so its cacheKey is their
 * digest and Astro's incremental build copies the feed while no item it carries changed.
 * (A plain rss.xml.ts endpoint has no getStaticPaths, and so no key: it was rendered on every build.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { RSSFeedItem } from '@astrojs/rss';
import { getCatalog } from './catalog';
import { feedItems } from './feed-items';
import { feedResponse } from './feed-response';
import { feedOf, type FeedKey } from './feeds';
import { reusablePaths } from './reusable-paths';

/** What a feed route's one path carries. */
interface FeedProps {
  items: RSSFeedItem[];
}

/**
 * getStaticPaths and GET of the route `[feed].xml.ts` in the folder of feed `key` (a kind of
 * item, or "all"); the parameter is the feed file's name without ".xml" (rss).
 */
export function feedRoute(key: FeedKey): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const name =
    feedOf(key)
      .path.split('/')
      .at(-1)
      ?.replace(/\.xml$/, '') ?? 'rss';
  return {
    getStaticPaths: async () => {
      const catalog = await getCatalog();
      const items = feedItems(catalog, key);
      return reusablePaths([{ params: { feed: name }, props: { items } satisfies FeedProps }]);
    },
    GET: ({ site, props }) => feedResponse(key, site, (props as FeedProps).items),
  };
}
