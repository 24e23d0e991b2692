/**
 * When an item appears on the site. Editors schedule by writing a future pubDate; a draft
 * is checked by the build but never published.
 */

/** What the rule reads of an entry. */
export interface Dated {
  data: { draft: boolean; pubDate: Date };
}

/** Published: not a draft, and dated on or before `today` (the build's day). */
export const isPublished = (entry: Dated, today: Date): boolean => !entry.data.draft && entry.data.pubDate <= today;

/** Scheduled: not a draft, and dated after `today`; it appears on the first build from its date. */
export const isScheduled = (entry: Dated, today: Date): boolean => !entry.data.draft && entry.data.pubDate > today;
