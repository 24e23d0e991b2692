/**
 * The one file another province edits (with `content/`) to reuse this project.
 * Plain data, read by astro.config.mjs, the layouts and the integrations.
 */

/** Settings that describe the site and its owner. */
export interface SiteConfig {
  /** Site name, shown in the header, share previews and feeds. */
  name: string;
  /** One-line description of the site, used on the home page and as the default share text. */
  tagline: string;
  /**
   * True while no office has signed the site: every page says it is a sample (banner, noindex,
   * robots.txt), no office is named as its publisher and missing contact lines read "chưa cấu
   * hình". Set it to false only with every identity field below filled in (office, responsible,
   * url, contact): the build refuses otherwise (src/lib/sample-mode.ts).
   */
  sample: boolean;
  /** The office that publishes the site, by its current name (shown in the header, footer and structured data). Empty in the sample. */
  office: string;
  /** The person answerable for the content ("người chịu trách nhiệm"), with their title, shown in the footer. */
  responsible: string;
  /** The area whose campaign this site reports on, named as in its content (Kon Tum before the 2025 merger). */
  province: string;
  /**
   * Absolute base URL of the deployed site, https and without a trailing slash.
   * Every share link, canonical URL and feed uses it, so set it before deploying.
   * The `SITE_URL` environment variable overrides it (useful for a staging host).
   */
  url: string;
  /** How readers and other offices reach the editors: the office's address, phone and e-mail, shown in the footer and on the about page. */
  contact: { address: string; phone: string; email: string };
  /** Terms on which others may reuse the content, shown in the footer. */
  licence: string;
  /** The operating permit line (giấy phép), shown in the footer when set; an office's site without one hides it. */
  permit: string;
  /** A note on place names and administrative changes that readers should know, shown in the footer; empty hides it. */
  administrativeNote: string;
  /** Commune radio reading pace, in syllables per minute (about 200 suits loudspeakers). */
  radioSyllablesPerMinute: number;
  /** Pause counted at the end of each paragraph when timing a radio script, in seconds. */
  radioParagraphPauseSeconds: number;
  /** Target length of the weekly radio programme, in minutes. */
  radioProgrammeMinutes: number;
  /** Items shown per page on paginated lists; small, because each card costs bytes on a slow network. */
  pageSize: number;
}

/** This deployment's settings. */
export const siteConfig: SiteConfig = {
  name: 'Làm theo Bác',
  tagline: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  sample: true,
  office: '',
  responsible: '',
  province: 'Kon Tum',
  url: 'https://lam-theo-bac.example',
  contact: { address: '', phone: '', email: '' },
  licence: 'Được phép trích dẫn, in lại và đọc trên đài truyền thanh cơ sở, ghi rõ nguồn “Làm theo Bác” và đường dẫn bài gốc.',
  permit: '',
  administrativeNote:
    'Từ ngày 1/7/2025, tỉnh Kon Tum và tỉnh Quảng Ngãi hợp nhất thành tỉnh Quảng Ngãi; cấp huyện chấm dứt hoạt động. Địa danh trong các bài được ghi theo tên tại thời điểm của nội dung.',
  radioSyllablesPerMinute: 200,
  radioParagraphPauseSeconds: 1,
  radioProgrammeMinutes: 10,
  pageSize: 8,
};
