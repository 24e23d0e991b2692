/**
 * The static paths of the exemplar filter pages (by locality, field, kind): one page per
 * value, each with links to every value of its dimension. The three routes differ only in
 * their parameter name and title.
 */
import type { FilterDimension } from '../lib/exemplar-filter';
import { getCatalog, type Exemplar } from './catalog';
import { filterOptions, filterPath } from './exemplars';
import { reusablePaths } from './reusable-paths';

/** A link to one value's page, with its count; `nested` marks a commune under its district. */
export interface FilterLink {
  href: string;
  name: string;
  count: number;
  nested: boolean;
}

/** What a filter page renders. */
export interface FilterPageProps {
  /** The value's label: "Đăk Hà", "Nông nghiệp", "Cá nhân". */
  name: string;
  exemplars: Exemplar[];
  siblings: FilterLink[];
}

/** getStaticPaths of a dimension's filter pages, the value's slug in the route parameter `param`. */
export async function filterPagePaths<Param extends string>(dimension: FilterDimension, param: Param) {
  const { exemplars, localities } = await getCatalog();
  const options = filterOptions(exemplars, localities, dimension);
  const siblings = options.map((option) => ({
    href: filterPath(dimension, option.slug),
    name: option.name,
    count: option.items.length,
    nested: option.nested,
  }));
  return reusablePaths(
    options.map((option) => ({
      params: { [param]: option.slug } as Record<Param, string>,
      props: { name: option.name, exemplars: option.items, siblings } satisfies FilterPageProps,
    })),
    // Each exemplar card names its locality and district.
    () => [localities],
  );
}
