/**
 * A feed route: one static path whose props are the feed's items, so its cacheKey is their
 * digest and Astro's incremental build copies the feed while no item it carries changed.
 * (A plain rss.xml.ts endpoint has no getStaticPaths, and so no key: it was rendered on every build.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { RSSFeedItem } from '@astrojs/rss';
import type { FeedKey } from '../lib/feeds';
import { getCatalog } from './catalog';
import { feedItems } from './feed-items';
import type { ItemKindKey } from './item-page';
import { feedResponse } from './feed-response';
import { feedOf } from './feeds';
import { reusablePaths } from './reusable-paths';

/** What a feed route's one path carries. */
interface FeedProps {
  items: RSSFeedItem[];
}

/**
 * getStaticPaths and GET of the route `[feed].xml.ts` in the folder of feed `key`; the
 * parameter is the feed file's name without ".xml" (rss); `kind` names its items when not the key's.
 */
export function feedRoute(
  key: FeedKey,
  kind: ItemKindKey | 'all' = key,
): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const name =
    feedOf(key)
      .path.split('/')
      .at(-1)
      ?.replace(/\.xml$/, '') ?? 'rss';
  return {
    getStaticPaths: async () => {
      const catalog = await getCatalog();
      const items = feedItems(catalog, kind);
      return reusablePaths([{ params: { feed: name }, props: { items } satisfies FeedProps }]);
    },
    GET: ({ site, props }) => feedResponse(key, site, (props as FeedProps).items),
  };
}
