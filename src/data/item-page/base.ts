/** The fields every kind of item page fills the same way. */
import { absoluteUrl } from '../../lib/routes';
import { shareImagePath } from '../../lib/share-image/paths';
import { articleLd } from '../../lib/structured-data';
import { siteConfig } from '../../site.config';
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
  /** Default: the office that runs the site. */
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
    author: fields.author ?? siteConfig.office,
    publisher,
    section: fields.section,
    keywords: fields.keywords,
  });
}
