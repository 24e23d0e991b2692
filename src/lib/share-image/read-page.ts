/**
 * Reads what a finished page wants on its share card, following the layouts'
 * contract: og:title (or <title>), <body data-share-kind> and the first
 * <img data-share-photo>.
 */
import { parse } from 'node-html-parser';
import { openingTagsWith, SHARE_KIND, SHARE_PHOTO } from '../page-markers';

/** The card content a page declares. */
export interface SharePage {
  title: string;
  kind?: string;
  /** Site path of the photo, as written in the page (e.g. "/_astro/abc.hash.webp"). */
  photoSrc?: string;
  /** Site path of the image the page's og:image names, when it has one. */
  imagePath?: string;
}

/** The opening <body> tag and the first share photo tag; page text cannot fake them, as "<" in text is escaped. */
const BODY_TAG = /<body\b[^>]*>/i;
const SHARE_PHOTO_TAG = openingTagsWith('img', SHARE_PHOTO);

/**
 * Extracts the share card content from a page's HTML. Only the head and the two tags
 * are parsed: a warm rebuild reads every page of the site, and the body is most of each.
 */
export function readSharePage(html: string): SharePage {
  const headEnd = html.search(/<\/head>/i);
  const head = headEnd === -1 ? '' : html.slice(0, headEnd);
  const body = headEnd === -1 ? html : html.slice(headEnd);
  const root = parse(`${head}</head>${BODY_TAG.exec(body)?.[0] ?? ''}${body.match(SHARE_PHOTO_TAG)?.[0] ?? ''}</body>`);
  const ogTitle = root.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim();
  const title = ogTitle || root.querySelector('title')?.text.trim() || '';
  const kind = root.querySelector('body')?.getAttribute(SHARE_KIND)?.trim() || undefined;
  const photoSrc = root.querySelector(`img[${SHARE_PHOTO}]`)?.getAttribute('src')?.trim() || undefined;
  const ogImage = root.querySelector('meta[property="og:image"]')?.getAttribute('content')?.trim();
  const imagePath = ogImage ? new URL(ogImage, 'http://site').pathname : undefined;
  return { title, kind, photoSrc, imagePath };
}
