/** RSS feed: /ngay-nay-nam-xua/rss.xml */
import { feedRoute } from '../../data/feed-route';
import { calendarFeedItems } from '../../data/section-feed-items';

export const { getStaticPaths, GET } = feedRoute('onThisDay', calendarFeedItems);
