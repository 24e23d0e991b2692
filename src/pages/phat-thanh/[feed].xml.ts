/** RSS feed: /phat-thanh/rss.xml */
import { feedRoute } from '../../data/feed-route';
import { programmeFeedItems } from '../../data/section-feed-items';

export const { getStaticPaths, GET } = feedRoute('radio', programmeFeedItems);
