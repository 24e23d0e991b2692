/** RSS feed: /cuoc-thi/rss.xml */
import { feedRoute } from '../../data/feed-route';

export const { getStaticPaths, GET } = feedRoute('contests');
