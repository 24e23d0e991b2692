/**
 * The contract between rendered pages and the steps that read them after the build: the
 * share-image step (card kind, hero photo), the radio step (script text and its file, how
 * a block is read aloud) and the search index (hero thumbnail). Components write these
 * attributes with the `…Marker` helpers and the readers find them with the names and
 * patterns below, so neither side can drift from the other.
 */

/** On <body>: the kind label printed on the page's share card. */
export const SHARE_KIND = 'data-share-kind';
/** On the hero <img>: the photo placed on the share card and shown beside search results. */
export const SHARE_PHOTO = 'data-share-photo';
/** On a <pre>: a radio script, whose text is written to a .txt file after the build. */
export const RADIO_TEXT = 'data-radio-text';
/** With RADIO_TEXT: the site path of that .txt file. */
export const RADIO_TEXT_FILE = 'data-radio-text-file';
/** On a block: how the radio script reads it (see RadioRole). */
export const RADIO_ROLE = 'data-radio';
/** With the quote role: who is quoted. */
export const RADIO_SPEAKER = 'data-radio-speaker';
/** With the quote role: where the words are published. */
export const RADIO_SOURCE = 'data-radio-source';

/** How the radio script reads a marked block: a quotation, a figure, a timeline, or not at all. */
export type RadioRole = 'quote' | 'stat' | 'timeline' | 'skip';

/** Attributes to spread on an element; `undefined` values are left out by Astro. */
export type Marker = Record<string, string | undefined>;

/** Marks the page's share-card kind (on <body>). */
export const shareKindMarker = (kind: string | undefined): Marker => ({ [SHARE_KIND]: kind });

/** Marks an image as the page's share photo when `hero` is true. */
export const sharePhotoMarker = (hero: boolean): Marker => ({ [SHARE_PHOTO]: hero ? '' : undefined });

/** Marks a <pre> as a radio script saved to `file` (a site path ending in .txt). */
export const radioTextMarker = (file: string): Marker => ({ [RADIO_TEXT]: '', [RADIO_TEXT_FILE]: file });

/** Marks a block's radio reading; a quote may name its speaker and source. */
export const radioRoleMarker = (role: RadioRole, quote: { speaker?: string; source?: string } = {}): Marker => ({
  [RADIO_ROLE]: role,
  [RADIO_SPEAKER]: quote.speaker,
  [RADIO_SOURCE]: quote.source,
});

/**
 * The opening tags of `tag` elements that carry `attribute`, wherever it stands among the
 * others. Text in a page cannot fake one, as "<" in text is escaped.
 */
export function openingTagsWith(tag: string, attribute: string): RegExp {
  return new RegExp(`<${tag}\\b(?=[^>]*\\s${attribute}(?=[\\s=>/]))[^>]*>`, 'giu');
}
