/**
 * The static paths of the exemplar filter pages (by locality, field, kind): one page per
 * value, each with links to every value of its dimension. The three routes differ only in
 * their parameter name and title.
 */
import type { FilterDimension } from '../lib/exemplar-filter';
import { getCatalog, type Exemplar } from './catalog';
import { filterOptions, filterPath } from './exemplars';
import { reusablePaths } from './reusable-paths';
import { filterLinks, type FilterLink } from '../lib/facet-options';

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
  const siblings = filterLinks(options, (slug) => filterPath(dimension, slug));
  return reusablePaths(
    options.map((option) => ({
      params: { [param]: option.slug } as Record<Param, string>,
      props: { name: option.name, exemplars: option.items, siblings } satisfies FilterPageProps,
    })),
    // Each exemplar card names its locality and district.
    () => [localities],
  );
}
