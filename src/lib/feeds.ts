/** The RSS feeds the site publishes; every page links them in <head> so readers' apps find them. */

/** One feed: where it lives and what it carries. */
export interface FeedInfo {
  /** Site path of the XML file. */
  path: string;
  /** Feed title shown in feed readers. */
  title: string;
}

/** All feeds: everything, then one per kind. */
export const feeds: readonly FeedInfo[] = [
  { path: '/rss.xml', title: 'Làm theo Bác – Tất cả nội dung mới' },
  { path: '/bai-viet/rss.xml', title: 'Làm theo Bác – Bài viết' },
  { path: '/ke-chuyen-bac-ho/rss.xml', title: 'Làm theo Bác – Kể chuyện Bác Hồ' },
  { path: '/tam-guong-binh-di/rss.xml', title: 'Làm theo Bác – Những tấm gương bình dị' },
  { path: '/cau-hoi-hang-tuan/rss.xml', title: 'Làm theo Bác – Mỗi tuần một câu hỏi' },
  { path: '/van-ban/rss.xml', title: 'Làm theo Bác – Văn bản, tài liệu' },
  { path: '/mo-hinh/rss.xml', title: 'Làm theo Bác – Mô hình hay, cách làm mới' },
  { path: '/so-lieu/rss.xml', title: 'Làm theo Bác – Số liệu' },
];
