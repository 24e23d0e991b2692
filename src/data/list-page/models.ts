/** The model list's facets: where a model started or was replicated, and its field. */
import { ui } from '../../i18n/ui';
import { modelFieldPath, modelLocalityPath, sections } from '../../lib/routes';
import { listSummary } from '../../lib/text';
import type { Model } from '../catalog';
import { sectionPaths } from '../reusable-paths';
import { labelDimension, localityDimension } from './dimensions';
import type { SectionFacets } from './types';

/** The model list's dimensions, as in the URL query: ?dia-ban=…&linh-vuc=… */
export type ModelDimension = 'dia-ban' | 'linh-vuc';

const text = (dimension: ModelDimension) => ({
  linksHeading: ui.models.byDimension[dimension],
  select: { label: ui.models.dimensions[dimension], anyValue: ui.models.anyValue[dimension] },
});

/** How models are filed, listed and filtered. */
export const modelFacets: SectionFacets<Model, ModelDimension> = {
  section: { name: ui.nav.models, path: sections.models },
  dimensions: {
    'dia-ban': localityDimension((model) => [model.data.locality.id, ...model.data.replicatedIn.map((place) => place.id)], {
      ...text('dia-ban'),
      pathOf: modelLocalityPath,
      titleOf: ui.models.inLocality,
    }),
    'linh-vuc': labelDimension((model) => model.data.field, { ...text('linh-vuc'), pathOf: modelFieldPath, titleOf: ui.models.inField }),
  },
  count: ui.models.count,
  allLabel: ui.models.all,
  describe: (models) =>
    listSummary(
      ui.models.count(models.length),
      models.map((model) => model.data.name),
      { shown: 3, separator: '; ' },
    ),
  keyPaths: (paths) => sectionPaths('models', paths),
};
