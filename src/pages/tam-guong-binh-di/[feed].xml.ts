/** RSS feed: /tam-guong-binh-di/rss.xml */
import { feedRoute } from '../../data/feed-route';

export const { getStaticPaths, GET } = feedRoute('exemplars');
