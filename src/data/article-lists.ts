/**
 * The static paths of the paged article lists: every article, and every page of every term
 * (category, tag). The term routes differ only in how articles are grouped, their parameter
 * and title. Each page's props hold all it shows, the category list too, so its cacheKey follows them.
 */
import { paginate, pageParam, type Page } from '../lib/paginate';
import type { Term } from '../lib/taxonomy';
import { siteConfig } from '../site.config';
import { getCatalog, type Article } from './catalog';
import { reusablePaths } from './reusable-paths';
import { categoryLinks, type CategoryLink } from './articles';

/** What a page of the list of every article renders. */
export interface ArticleListProps {
  page: Page<Article>;
  /** The categories with their counts, above the list. */
  categories: CategoryLink[];
  /** How many articles there are. */
  total: number;
}

/** getStaticPaths of the list of every article: /bai-viet/, /bai-viet/trang/2/ … */
export async function articleListPaths() {
  const { articles } = await getCatalog();
  const categories = categoryLinks(articles);
  return reusablePaths(
    paginate(articles, siteConfig.pageSize).map((page) => ({
      params: { page: pageParam(page.page) },
      props: { page, categories, total: articles.length } satisfies ArticleListProps,
    })),
  );
}

/** What a term's list page renders. */
export interface TermPageProps {
  /** The term as editors wrote it most often. */
  name: string;
  slug: string;
  /** Articles with the term, on all pages. */
  count: number;
  page: Page<Article>;
  /** The categories with their counts, on a category's pages. */
  categories?: CategoryLink[];
}

/** getStaticPaths of a term's list pages: the term's slug in `param`, the page number in `page`. */
export async function termPagePaths<Param extends string>(termsOf: (articles: Article[]) => Term<Article>[], param: Param) {
  const { articles } = await getCatalog();
  const categories = param === 'category' ? categoryLinks(articles) : undefined;
  return reusablePaths(
    termsOf(articles).flatMap((term) =>
      paginate(term.items, siteConfig.pageSize).map((page) => ({
        params: { [param]: term.slug, page: pageParam(page.page) } as Record<Param | 'page', string | undefined>,
        props: { name: term.name, slug: term.slug, count: term.items.length, page, categories } satisfies TermPageProps,
      })),
    ),
  );
}
