/** Articles: the route data of every article page, how the radio reads an article, its feed entry. */
import type { RSSFeedItem } from '@astrojs/rss';
import { ui } from '../../i18n/ui';
import { prevNextLinks } from '../../lib/item-page/prev-next';
import { articleSchemaType } from '../../lib/item-page/schema-types';
import { articlePath, categoryPath, sections } from '../../lib/routes';
import { slugify } from '../../lib/slug';
import { entryReadingMinutes, relatedArticles } from '../articles';
import type { Article, Catalog } from '../catalog';
import type { RadioItem } from '../radio';
import { byline } from '../sample';
import { bodyRadio, itemArticleLd, pageBase } from './base';
import type { ItemKind, ItemPageBase, Lookups } from './types';

/** An article page. */
export interface ArticlePage extends ItemPageBase {
  kind: 'article';
  entry: Article;
  params: { slug: string };
  /** Author, reading time and locality under the lead. */
  meta: { published: Date; updated?: Date; minutes: number; author: string; locality?: string };
  /** The articles most related to this one, shown as cards. */
  relatedArticles: Article[];
}

/** Article pages, newest first; the previous link goes to the older article. */
function articlePages(catalog: Catalog, lookups: Lookups): ArticlePage[] {
  return catalog.articles.map((article, index): ArticlePage => {
    const { title, description, pubDate, updatedDate, category, tags, cover, author, locality } = article.data;
    const base = pageBase(articlePath(article.id), title, description, pubDate, cover);
    return {
      kind: 'article',
      entry: article,
      params: { slug: article.id },
      ...base,
      eyebrow: { text: category, href: categoryPath(slugify(category)) },
      lead: description,
      modified: updatedDate,
      crumbs: [
        { name: ui.nav.articles, path: sections.articles },
        { name: category, path: categoryPath(slugify(category)) },
        { name: title, path: base.path },
      ],
      shareSummary: description,
      meta: {
        published: pubDate,
        updated: updatedDate,
        minutes: entryReadingMinutes(article),
        author,
        locality: lookups.localityName(locality?.id),
      },
      relatedArticles: relatedArticles(article, catalog.articles),
      body: article,
      related: [],
      prevNext: {
        label: ui.nav.articles,
        ...prevNextLinks(catalog.articles, index, {
          link: (other) => ({ href: articlePath(other.id), title: other.data.title }),
          previousLabel: ui.previous,
          nextLabel: ui.next,
          newestFirst: true,
        }),
      },
      search: { kind: 'article', date: pubDate, localities: lookups.searchLocalities(locality?.id) },
      radio: { item: articleRadio(article), summary: description },
      structuredData: async () => [
        itemArticleLd(base, { type: articleSchemaType(category), modified: updatedDate, author, section: category, keywords: tags }),
      ],
    };
  });
}

/** An article read aloud: its title, then its body. */
function articleRadio(article: Article): RadioItem {
  return bodyRadio(article, { path: articlePath(article.id), title: article.data.title, kindLabel: ui.kinds.article });
}

/** An article in the feeds, filed under its category and tags, with its byline. */
function articleFeedEntry(article: Article): RSSFeedItem {
  const { title, pubDate, description, category, tags, author } = article.data;
  return {
    title,
    link: articlePath(article.id),
    pubDate,
    description,
    categories: [ui.kinds.article, category, ...tags],
    author: byline(author),
  };
}

/** Articles: pages, radio and feed (in the catalog's order, already newest first). */
export const articleKind: ItemKind<Article, ArticlePage> = {
  pages: articlePages,
  radio: articleRadio,
  feed: (catalog) => catalog.articles.map(articleFeedEntry),
};
