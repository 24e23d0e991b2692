/** RSS feed: /van-ban/rss.xml */
import { feedRoute } from '../../data/feed-route';

export const { getStaticPaths, GET } = feedRoute('documents');
