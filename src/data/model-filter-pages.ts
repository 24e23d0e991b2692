/** The static paths of the model filter pages (by locality, by field): one page per value, each linking to every value. */
import { getCatalog, type Model } from './catalog';
import { modelFilterPath, modelOptions, type ModelDimension } from './models';
import { sectionPaths } from './reusable-paths';
import { filterLinks, type FilterLink } from '../lib/facet-options';

/** What a model filter page renders. */
export interface ModelFilterPageProps {
  name: string;
  models: Model[];
  siblings: FilterLink[];
}

/** getStaticPaths of a dimension's filter pages, the value's slug in the route parameter `param`. */
export async function modelFilterPagePaths<Param extends string>(dimension: ModelDimension, param: Param) {
  const { models, localities } = await getCatalog();
  const options = modelOptions(models, localities, dimension);
  const siblings = filterLinks(options, (slug) => modelFilterPath(dimension, slug));
  return sectionPaths(
    'models',
    options.map((option) => ({
      params: { [param]: option.slug } as Record<Param, string>,
      props: { name: option.name, models: option.items, siblings } satisfies ModelFilterPageProps,
    })),
  );
}
