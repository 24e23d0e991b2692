import { describe, expect, it } from 'vitest';
import { feedList, newestFirst } from '../../src/lib/feeds';
import { sections } from '../../src/lib/routes';

const labels = {
  all: 'Tất cả',
  articles: 'Bài viết',
  stories: 'Câu chuyện',
  exemplars: 'Tấm gương',
  questions: 'Câu hỏi',
  documents: 'Văn bản',
  models: 'Mô hình',
  charts: 'Số liệu',
  radio: 'Phát thanh',
  onThisDay: 'Ngày này năm xưa',
};
const sectionOf = (key: Exclude<keyof typeof labels, 'all'>) => sections[key];

describe('feedList', () => {
  it('puts each feed under its section and the site-wide one at the root', () => {
    expect(feedList('Trang X', labels, sectionOf).map((feed) => feed.path)).toEqual([
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

  it('names every feed after the configured site, in the labels’ order', () => {
    const feeds = feedList('Làm theo Bác Quảng Ngãi', labels, sectionOf);
    expect(feeds.map((feed) => feed.key)).toEqual(Object.keys(labels));
    for (const feed of feeds) expect(feed.title).toBe(`Làm theo Bác Quảng Ngãi – ${labels[feed.key]}`);
  });
});

describe('newestFirst', () => {
  it('sorts entries newest first, those of one day by link', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const items = [
      { link: '/b/', pubDate: day('2025-01-01') },
      { link: '/c/', pubDate: day('2026-03-01') },
      { link: '/a/', pubDate: day('2025-01-01') },
    ];
    expect(newestFirst(items).map((item) => item.link)).toEqual(['/c/', '/a/', '/b/']);
  });
});
