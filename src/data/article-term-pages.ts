/**
 * The static paths of the paged article lists by term (category, tag): every page of every
 * term. The two routes differ only in how articles are grouped, their parameter and title.
 */
import { paginate, pageParam, type Page } from '../lib/paginate';
import type { Term } from '../lib/taxonomy';
import { siteConfig } from '../site.config';
import { getCatalog, type Article } from './catalog';
import { reusablePaths } from './reusable-paths';
import { categoryNavShows } from './articles';

/** What a term's list page renders. */
export interface TermPageProps {
  /** The term as editors wrote it most often. */
  name: string;
  slug: string;
  /** Articles with the term, on all pages. */
  count: number;
  page: Page<Article>;
}

/** getStaticPaths of a term's list pages: the term's slug in `param`, the page number in `page`. */
export async function termPagePaths<Param extends string>(termsOf: (articles: Article[]) => Term<Article>[], param: Param) {
  const { articles } = await getCatalog();
  // A category's pages also show the category list with counts (ArticleTermPage's CategoryNav).
  const nav = param === 'category' ? [categoryNavShows(articles)] : [];
  return reusablePaths(
    termsOf(articles).flatMap((term) =>
      paginate(term.items, siteConfig.pageSize).map((page) => ({
        params: { [param]: term.slug, page: pageParam(page.page) } as Record<Param | 'page', string | undefined>,
        props: { name: term.name, slug: term.slug, count: term.items.length, page } satisfies TermPageProps,
      })),
    ),
    () => nav,
  );
}
