/** RSS feed: /so-lieu/rss.xml */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { feedItems } from '../../data/feed-items';
import { feedResponse } from '../../data/feed-response';

export const GET: APIRoute = async ({ site }) => feedResponse('figures', site, feedItems(await getCatalog(), 'charts'));
