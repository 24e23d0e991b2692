/** RSS feed: /mo-hinh/rss.xml */
import type { APIRoute } from 'astro';
import { getCatalog } from '../../data/catalog';
import { feedItems } from '../../data/feed-items';
import { feedResponse } from '../../data/feed-response';

export const GET: APIRoute = async ({ site }) => feedResponse('models', site, feedItems(await getCatalog(), 'models'));
