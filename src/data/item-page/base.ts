/** The fields every kind of item page fills the same way. */
import { absoluteUrl } from '../../lib/routes';
import { shareImagePath } from '../../lib/share-image/paths';
import { siteUrl } from '../site-url';
import type { ItemCover } from './types';

/** Path, absolute URL, title, summary, date, cover and share image path of an item page. */
export function pageBase(path: string, title: string, description: string, published: Date, cover: ItemCover | undefined) {
  return { path, url: absoluteUrl(path, siteUrl), title, description, published, cover, shareImage: shareImagePath(path) };
}
