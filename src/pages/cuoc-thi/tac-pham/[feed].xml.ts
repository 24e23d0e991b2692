/** RSS feed: /cuoc-thi/tac-pham/rss.xml */
import { feedRoute } from '../../../data/feed-route';

export const { getStaticPaths, GET } = feedRoute('contestWorks');
