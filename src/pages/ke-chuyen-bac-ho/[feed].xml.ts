/** RSS feed: /ke-chuyen-bac-ho/rss.xml */
import { feedRoute } from '../../data/feed-route';

export const { getStaticPaths, GET } = feedRoute('stories');
