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
  /** The office that publishes the site, by its current name (shown in the header, footer and structured data). */
  office: string;
  /** The area whose campaign this site reports on, named as in its content (Kon Tum before the 2025 merger). */
  province: string;
  /**
   * Absolute base URL of the deployed site, https and without a trailing slash.
   * Every share link, canonical URL and feed uses it, so set it before deploying.
   * The `SITE_URL` environment variable overrides it (useful for a staging host).
   */
  url: string;
  /** How readers and other offices reach the editors; leave `phone` empty to hide it. */
  contact: { address: string; phone: string; email: string };
  /** Terms on which others may reuse the content, shown in the footer. */
  licence: string;
  /** The operating permit line (số giấy phép), shown in the footer when set; leave empty until it is granted. */
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
  office: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi',
  province: 'Kon Tum',
  url: 'https://lam-theo-bac.example',
  contact: {
    address: 'Thành phố Kon Tum, tỉnh Kon Tum (nay thuộc tỉnh Quảng Ngãi)',
    phone: '',
    email: 'lienhe@lam-theo-bac.example',
  },
  licence: 'Được phép trích dẫn, in lại và đọc trên đài truyền thanh cơ sở, ghi rõ nguồn “Làm theo Bác” và đường dẫn bài gốc.',
  permit: '',
  administrativeNote:
    'Từ ngày 1/7/2025, tỉnh Kon Tum và tỉnh Quảng Ngãi hợp nhất thành tỉnh Quảng Ngãi; cấp huyện chấm dứt hoạt động. Địa danh trong các bài được ghi theo tên tại thời điểm của nội dung.',
  radioSyllablesPerMinute: 200,
  radioParagraphPauseSeconds: 1,
  radioProgrammeMinutes: 10,
  pageSize: 8,
};
