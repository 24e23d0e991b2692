/** Article views for the routes: categories, tags, neighbours and related articles. */
import { categoryPath } from '../lib/routes';
import { groupByLabel, type Term } from '../lib/taxonomy';
import { slugify } from '../lib/slug';
import { relatedItems } from '../lib/related';
import { readingMinutes } from '../lib/reading-time';
import { markdownToPlain } from '../lib/text';
import type { Article } from './catalog';

/** Articles grouped by category, alphabetically. */
export const articleCategories = (articles: Article[]): Term<Article>[] => groupByLabel(articles, (a) => [a.data.category]);

/** A category in the category list (CategoryNav), with its count. */
export interface CategoryLink {
  slug: string;
  href: string;
  name: string;
  count: number;
}

/** The category list: every category with its count, alphabetically. */
export const categoryLinks = (articles: Article[]): CategoryLink[] =>
  articleCategories(articles).map((category) => ({
    slug: category.slug,
    href: categoryPath(category.slug),
    name: category.name,
    count: category.items.length,
  }));

/** Articles grouped by tag, alphabetically. */
export const articleTags = (articles: Article[]): Term<Article>[] => groupByLabel(articles, (a) => a.data.tags);

const relatable = (a: Article) => ({
  id: a.id,
  date: a.data.pubDate,
  tags: a.data.tags.map(slugify),
  category: slugify(a.data.category),
  locality: a.data.locality?.id,
  entry: a,
});

/** Candidates prepared once per list: preparing them for every article page made the build quadratic. */
const candidatesOf = new WeakMap<Article[], ReturnType<typeof relatable>[]>();

/** The three articles most related to one, by shared tags, category and locality. */
export function relatedArticles(article: Article, articles: Article[]): Article[] {
  let candidates = candidatesOf.get(articles);
  if (!candidates) {
    candidates = articles.map(relatable);
    candidatesOf.set(articles, candidates);
  }
  return relatedItems(relatable(article), candidates).map((r) => r.entry);
}

/** Minutes to read an entry's body. */
export const entryReadingMinutes = (entry: { body?: string }): number => readingMinutes(markdownToPlain(entry.body ?? ''));
