/** The fields every kind of item page fills the same way. */
import { absoluteUrl } from '../../lib/routes';
import { shareImagePath } from '../../lib/share-image/paths';
import { articleLd, sampleItemLd } from '../../lib/structured-data';
import { ui } from '../../i18n/ui';
import { byline, shareDescription, shareTitle } from '../sample';
import { publisher, siteUrl } from '../site-url';
import type { ItemCover } from './types';

/** Path, absolute URL, title, summary, date, cover and share image path of an item page. */
export function pageBase(path: string, title: string, description: string, published: Date, cover: ItemCover | undefined) {
  return { path, url: absoluteUrl(path, siteUrl), title, description, published, cover, shareImage: shareImagePath(path) };
}

/** What `pageBase` returns. */
export type PageBase = ReturnType<typeof pageBase>;

/** What differs between kinds in an item's schema.org Article; the rest comes from its page base. */
export interface ArticleFields {
  /** Default: Article. */
  type?: 'Article' | 'NewsArticle';
  /** Default: the page's title. */
  headline?: string;
  modified?: Date;
  /** Default: the office that runs the site (on a sample site, always the sample's byline). */
  author?: string;
  section?: string;
  keywords?: readonly string[];
}

/** The item's schema.org Article: its own URL, share image and dates, published by the site's office. */
export function itemArticleLd(base: PageBase, fields: ArticleFields): object {
  return articleLd({
    type: fields.type ?? 'Article',
    headline: fields.headline ?? base.title,
    description: base.description,
    url: base.url,
    image: absoluteUrl(base.shareImage, siteUrl),
    published: base.published,
    modified: fields.modified,
    author: byline(fields.author),
    publisher,
    section: fields.section,
    keywords: fields.keywords,
  });
}

/** A made-up item's structured data, in place of its kind's own: a CreativeWork marked as illustration. */
export function sampleItemStructuredData(base: Pick<PageBase, 'title' | 'description' | 'url' | 'shareImage' | 'published'>): object {
  return sampleItemLd({
    name: shareTitle(base.title, true),
    description: shareDescription(base.description, true),
    url: base.url,
    image: absoluteUrl(base.shareImage, siteUrl),
    published: base.published,
    genre: ui.sample,
    publisher,
  });
}
