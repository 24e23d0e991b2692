import { describe, expect, it } from 'vitest';
import { FEED_KEYS, feedList } from '../../src/lib/feeds';

const labels = {
  all: 'Tất cả',
  articles: 'Bài viết',
  stories: 'Câu chuyện',
  exemplars: 'Tấm gương',
  questions: 'Câu hỏi',
  documents: 'Văn bản',
  models: 'Mô hình',
  figures: 'Số liệu',
  radio: 'Phát thanh',
  onThisDay: 'Ngày này năm xưa',
};

describe('feedList', () => {
  it('puts each feed under its section and the site-wide one at the root', () => {
    expect(feedList('Trang X', labels).map((feed) => feed.path)).toEqual([
      '/rss.xml',
      '/bai-viet/rss.xml',
      '/ke-chuyen-bac-ho/rss.xml',
      '/tam-guong-binh-di/rss.xml',
      '/cau-hoi-hang-tuan/rss.xml',
      '/van-ban/rss.xml',
      '/mo-hinh/rss.xml',
      '/so-lieu/rss.xml',
      '/phat-thanh/rss.xml',
      '/ngay-nay-nam-xua/rss.xml',
    ]);
  });

  it('names every feed after the configured site', () => {
    const feeds = feedList('Làm theo Bác Quảng Ngãi', labels);
    expect(feeds.map((feed) => feed.key)).toEqual([...FEED_KEYS]);
    for (const feed of feeds) expect(feed.title).toBe(`Làm theo Bác Quảng Ngãi – ${labels[feed.key]}`);
  });
});
