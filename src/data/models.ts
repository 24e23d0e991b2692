/** Model views: what each model is filed under (where it runs, its field) and the static filter pages' values. */
import type { Facets } from '../lib/facet-filter';
import { localityFacet } from '../lib/facet-filter';
import { facetOptions, type FacetOption } from '../lib/facet-options';
import { modelFieldPath, modelLocalityPath } from '../lib/routes';
import { slugify } from '../lib/slug';
import { groupByLabel } from '../lib/taxonomy';
import { compareVietnamese } from '../lib/vietnamese';
import { localityLabel, parentOf, type Localities } from '../lib/localities';
import type { Model } from './catalog';

/** The filter dimensions of the model list, as in the URL query: ?dia-ban=…&linh-vuc=… */
export const modelDimensions = ['dia-ban', 'linh-vuc'] as const;

/** One model filter dimension. */
export type ModelDimension = (typeof modelDimensions)[number];

/** Where a model runs: where it started and where it was replicated, each with the levels above it. */
export function modelFacets(model: Model, localities: Localities): Facets<ModelDimension> {
  const places = [model.data.locality, ...model.data.replicatedIn].flatMap((ref) => localityFacet(ref.id, parentOf(localities)));
  return { 'dia-ban': [...new Set(places)], 'linh-vuc': [slugify(model.data.field)] };
}

/** Path of the static page of one value. */
export const modelFilterPath = (dimension: ModelDimension, slug: string): string =>
  dimension === 'dia-ban' ? modelLocalityPath(slug) : modelFieldPath(slug);

/** The values of a dimension, by name (localities district by district). */
export function modelOptions(models: readonly Model[], localities: Localities, dimension: ModelDimension): FacetOption<Model>[] {
  const fieldNames = new Map(groupByLabel(models, (model) => [model.data.field]).map((term) => [term.slug, term.name]));
  const parentOfId = parentOf(localities);
  const options = facetOptions(
    models,
    (model) => modelFacets(model, localities),
    dimension,
    (slug) => (dimension === 'dia-ban' ? localityLabel(slug, localities) : (fieldNames.get(slug) ?? slug)),
    (slug) => dimension === 'dia-ban' && localityFacet(slug, parentOfId).length > 1,
  );
  const area = (option: FacetOption<Model>) => localityLabel(localityFacet(option.slug, parentOfId).at(-1) ?? option.slug, localities);
  return options.sort((a, b) =>
    dimension === 'dia-ban'
      ? compareVietnamese(area(a), area(b)) || Number(a.nested) - Number(b.nested) || compareVietnamese(a.name, b.name)
      : compareVietnamese(a.name, b.name),
  );
}
