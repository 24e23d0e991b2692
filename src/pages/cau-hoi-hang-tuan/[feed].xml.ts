/** RSS feed: /cau-hoi-hang-tuan/rss.xml */
import { feedRoute } from '../../data/feed-route';

export const { getStaticPaths, GET } = feedRoute('questions');
