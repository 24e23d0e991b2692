/** The route data of every article page. */
import { ui } from '../../i18n/ui';
import { prevNextLinks } from '../../lib/item-page/prev-next';
import { articleSchemaType } from '../../lib/item-page/schema-types';
import { articlePath, categoryPath, sections } from '../../lib/routes';
import { slugify } from '../../lib/slug';
import { entryReadingMinutes, relatedArticles } from '../articles';
import type { Catalog } from '../catalog';
import { radioItemFor } from '../radio-items';
import { itemArticleLd, pageBase } from './base';
import type { Lookups } from './lookups';
import type { ArticlePage } from './types';

/** Article pages, newest first; the previous link goes to the older article. */
export function articlePages(catalog: Catalog, lookups: Lookups): ArticlePage[] {
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
      radio: { item: radioItemFor(article), summary: description },
      structuredData: async () => [
        itemArticleLd(base, { type: articleSchemaType(category), modified: updatedDate, author, section: category, keywords: tags }),
      ],
    };
  });
}
