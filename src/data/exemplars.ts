/** Exemplar views: what each profile is filed under, the static filter pages and their counts. */
import { filterDimensions, localityFacet, matchesSelection, type ExemplarFacets, type FilterDimension } from '../lib/exemplar-filter';
import { exemplarFieldPath, exemplarKindPath, exemplarLocalityPath } from '../lib/routes';
import { slugify } from '../lib/slug';
import { localityLabel, parentOf } from '../lib/localities';
import type { FacetOption } from '../lib/facet-options';
import { groupByLabel } from '../lib/taxonomy';
import { compareVietnamese } from '../lib/vietnamese';
import type { Exemplar, Locality } from './catalog';

type Localities = ReadonlyMap<string, Locality>;

/** The slugs an exemplar is filed under: its locality and those above it, its field, its kind. */
export function exemplarFacets(exemplar: Exemplar, localities: Localities): ExemplarFacets {
  return {
    'dia-ban': localityFacet(exemplar.data.locality.id, parentOf(localities)),
    'linh-vuc': [slugify(exemplar.data.field)],
    loai: [slugify(exemplar.data.kind)],
  };
}

const filterPaths: Record<FilterDimension, (slug: string) => string> = {
  'dia-ban': exemplarLocalityPath,
  'linh-vuc': exemplarFieldPath,
  loai: exemplarKindPath,
};

/** Path of the static page listing the exemplars with one value of a dimension. */
export const filterPath = (dimension: FilterDimension, slug: string): string => filterPaths[dimension](slug);

/** One value of a filter dimension, with the exemplars that match it alone. */
export type FilterOption = FacetOption<Exemplar>;

/**
 * Every value some exemplar has in a dimension, each with the exemplars `matchesSelection`
 * picks for it: the static filter pages list exactly what the index's filter shows.
 */
export function filterOptions(exemplars: readonly Exemplar[], localities: Localities, dimension: FilterDimension): FilterOption[] {
  const filed = exemplars.map((exemplar) => ({ exemplar, facets: exemplarFacets(exemplar, localities) }));
  const slugs = [...new Set(filed.flatMap(({ facets }) => facets[dimension]))];
  const names = dimension === 'dia-ban' ? undefined : labelNames(exemplars, dimension);
  const options = slugs.map((slug) => ({
    slug,
    name: names?.get(slug) ?? localityLabel(slug, localities),
    nested: dimension === 'dia-ban' && localityFacet(slug, parentOf(localities)).length > 1,
    items: filed.filter(({ facets }) => matchesSelection(facets, { [dimension]: slug })).map(({ exemplar }) => exemplar),
  }));
  return options.sort(dimension === 'dia-ban' ? byArea(localities) : (a, b) => compareVietnamese(a.name, b.name));
}

/** Orders localities district by district, each district followed by its communes. */
function byArea(localities: Localities): (a: FilterOption, b: FilterOption) => number {
  const area = (option: FilterOption) => localityLabel(localityFacet(option.slug, parentOf(localities)).at(-1) ?? option.slug, localities);
  return (a, b) => compareVietnamese(area(a), area(b)) || Number(a.nested) - Number(b.nested) || compareVietnamese(a.name, b.name);
}

/** The options of every dimension, for the index's filter. */
export const allFilterOptions = (exemplars: readonly Exemplar[], localities: Localities): Record<FilterDimension, FilterOption[]> =>
  Object.fromEntries(filterDimensions.map((dimension) => [dimension, filterOptions(exemplars, localities, dimension)])) as Record<
    FilterDimension,
    FilterOption[]
  >;

function labelNames(exemplars: readonly Exemplar[], dimension: 'linh-vuc' | 'loai'): Map<string, string> {
  const label = (exemplar: Exemplar) => (dimension === 'linh-vuc' ? exemplar.data.field : exemplar.data.kind);
  return new Map(groupByLabel(exemplars, (exemplar) => [label(exemplar)]).map((term) => [term.slug, upperFirst(term.name)]));
}

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** Years in which exemplars were recognised, newest first, each with the exemplars recognised that year. */
export function recognitionYears(exemplars: readonly Exemplar[]): { year: number; items: Exemplar[] }[] {
  const years = [...new Set(exemplars.flatMap((exemplar) => exemplar.data.recognitions.map((recognition) => recognition.year)))];
  return years
    .sort((a, b) => b - a)
    .map((year) => ({
      year,
      items: exemplars.filter((exemplar) => exemplar.data.recognitions.some((recognition) => recognition.year === year)),
    }));
}

/** How many of the exemplars are individuals and how many collectives. */
export function kindCounts(exemplars: readonly Exemplar[]): { individuals: number; collectives: number } {
  const individuals = exemplars.filter((exemplar) => exemplar.data.kind === 'cá nhân').length;
  return { individuals, collectives: exemplars.length - individuals };
}
