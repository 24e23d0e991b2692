/** RSS feed: /mo-hinh/rss.xml */
import { feedRoute } from '../../data/feed-route';

export const { getStaticPaths, GET } = feedRoute('models');
