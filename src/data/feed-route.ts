/**
 * A feed route: one static path whose props are the feed's items, so its cacheKey is their
 * digest and Astro's incremental build copies the feed while no item it carries changed.
 * (A plain rss.xml.ts endpoint has no getStaticPaths, and so no key: it was rendered on every build.)
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { RSSFeedItem } from '@astrojs/rss';
import { getCatalog, type Catalog } from './catalog';
import { feedItems } from './feed-items';
import { feedResponse } from './feed-response';
import { feedOf, type FeedKey } from './feeds';
import { reusablePaths } from './reusable-paths';

/** What a feed route's one path carries. */
interface FeedProps {
  items: RSSFeedItem[];
}

/** The items of a feed, newest first, from the catalog. */
type ItemsOf = (catalog: Catalog) => RSSFeedItem[] | Promise<RSSFeedItem[]>;

/** The items of the feed `key` when its route does not name them: every kind's newest, or its kind's. */
function itemsOfKind(key: FeedKey): ItemsOf {
  if (key === 'radio' || key === 'onThisDay') throw new Error(`The route of the ${key} feed must name its items.`);
  return (catalog) => feedItems(catalog, key);
}

/**
 * getStaticPaths and GET of the route `[feed].xml.ts` in the folder of feed `key`; the
 * parameter is the feed file's name without ".xml" (rss). A kind's feed and the site-wide one
 * carry its items; the sections that gather other items (radio, on this day) name theirs (`itemsOf`).
 */
export function feedRoute(key: FeedKey, itemsOf: ItemsOf = itemsOfKind(key)): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const name =
    feedOf(key)
      .path.split('/')
      .at(-1)
      ?.replace(/\.xml$/, '') ?? 'rss';
  return {
    getStaticPaths: async () => {
      const items = await itemsOf(await getCatalog());
      return reusablePaths([{ params: { feed: name }, props: { items } satisfies FeedProps }]);
    },
    GET: ({ site, props }) => feedResponse(key, site, (props as FeedProps).items),
  };
}
