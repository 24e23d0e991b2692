/** RSS feed: /van-ban/rss.xml */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { feedItems } from '../../data/feed-items';
import { feedResponse } from '../../data/feed-response';

export const GET: APIRoute = async ({ site }) => feedResponse('documents', site, feedItems(await getCatalog(), 'documents'));
