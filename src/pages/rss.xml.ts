/** RSS feed: /rss.xml */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { allFeedItems } from '../data/feed-items';
import { feedResponse } from '../data/feed-response';

export const GET: APIRoute = async ({ site }) => feedResponse('all', site, allFeedItems(await getCatalog()));
