/** The exemplar list's facets: locality, field and kind in the index's filter, and the years of recognition as pages. */
import { ui } from '../../i18n/ui';
import { exemplarFieldPath, exemplarKindPath, exemplarLocalityPath, exemplarYearPath, sections } from '../../lib/routes';
import { listSummary } from '../../lib/text';
import type { Exemplar } from '../catalog';
import { reusablePaths } from '../reusable-paths';
import { labelDimension, localityDimension, yearDimension } from './dimensions';
import type { SectionFacets } from './types';

/** The exemplar list's dimensions, as in the URL query: ?dia-ban=…&linh-vuc=…&loai=… (years have pages only). */
export type ExemplarDimension = 'dia-ban' | 'linh-vuc' | 'loai' | 'nam';

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const lowerCase = (text: string) => text.toLocaleLowerCase('vi');
const text = (dimension: 'dia-ban' | 'linh-vuc' | 'loai') => ({
  linksHeading: ui.exemplars.byDimension[dimension],
  select: { label: ui.exemplars.dimensions[dimension], anyValue: ui.exemplars.anyValue[dimension] },
});

/** How exemplars are filed, listed and filtered. */
export const exemplarFacets: SectionFacets<Exemplar, ExemplarDimension> = {
  section: { name: ui.nav.exemplars, path: sections.exemplars },
  dimensions: {
    'dia-ban': localityDimension((exemplar) => [exemplar.data.locality.id], {
      ...text('dia-ban'),
      pathOf: exemplarLocalityPath,
      titleOf: ui.exemplars.inLocality,
    }),
    'linh-vuc': labelDimension(
      (exemplar) => exemplar.data.field,
      { ...text('linh-vuc'), pathOf: exemplarFieldPath, titleOf: (name) => ui.exemplars.inField(lowerCase(name)) },
      upperFirst,
    ),
    loai: labelDimension(
      (exemplar) => exemplar.data.kind,
      { ...text('loai'), pathOf: exemplarKindPath, titleOf: (name) => ui.exemplars.ofKind(lowerCase(name)) },
      upperFirst,
    ),
    nam: yearDimension((exemplar) => exemplar.data.recognitions.map((recognition) => recognition.year), {
      linksHeading: ui.exemplars.byYear,
      pathOf: (slug) => exemplarYearPath(Number(slug)),
      titleOf: (name) => ui.exemplars.inYear(Number(name)),
    }),
  },
  count: ui.exemplars.count,
  allLabel: ui.exemplars.allExemplars,
  describe: (exemplars) =>
    listSummary(
      ui.exemplars.count(exemplars.length),
      exemplars.map((exemplar) => exemplar.data.name),
      { shown: 4, separator: ', ' },
    ),
  // The cards name each exemplar's locality and district: the localities are in the pages' props.
  keyPaths: async (paths) => reusablePaths(paths),
};

/** How many of the exemplars are individuals and how many collectives. */
export function kindCounts(exemplars: readonly Exemplar[]): { individuals: number; collectives: number } {
  const individuals = exemplars.filter((exemplar) => exemplar.data.kind === 'cá nhân').length;
  return { individuals, collectives: exemplars.length - individuals };
}
