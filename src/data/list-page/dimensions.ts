/**
 * The kinds of list dimension the sections share: a locality (with everything above it), a
 * free-text label (a field of work), a year. Each names and orders its values one way for
 * every section, so the locality order, say, is written once.
 */
import { localityFacet } from '../../lib/facet-filter';
import { byArea, byName, facetOptions, newestYearFirst } from '../../lib/facet-options';
import { localityLabel, parentOf, type Localities } from '../../lib/localities';
import { slugify } from '../../lib/slug';
import { groupByLabel } from '../../lib/taxonomy';
import type { ListDimension } from './types';

/** What a section says about a dimension besides how items are filed under it. */
type DimensionText<Item> = Omit<ListDimension<Item>, 'slugsOf' | 'optionsOf'>;

/** The values of one dimension over a list, filed by `slugsOf`. */
function optionsOver<Item>(
  items: readonly Item[],
  slugsOf: (item: Item) => readonly string[],
  nameOf: (slug: string) => string,
  nestedOf?: (slug: string) => boolean,
) {
  return facetOptions(items, (item) => ({ values: slugsOf(item) }), 'values', nameOf, nestedOf);
}

/**
 * Filed under the localities `idsOf` names and every level above them but the province, so a
 * commune's item counts for its district too; values district by district, communes indented.
 */
export function localityDimension<Item>(idsOf: (item: Item) => readonly string[], text: DimensionText<Item>): ListDimension<Item> {
  const slugsOf = (item: Item, localities: Localities) => [
    ...new Set(idsOf(item).flatMap((id) => localityFacet(id, parentOf(localities)))),
  ];
  return {
    ...text,
    slugsOf,
    optionsOf: (items, localities) =>
      optionsOver(
        items,
        (item) => slugsOf(item, localities),
        (slug) => localityLabel(slug, localities),
        (slug) => localityFacet(slug, parentOf(localities)).length > 1,
      ).sort(byArea(localities)),
  };
}

/**
 * Filed under a free-text label by its slug, so spellings that fold alike are one value, named
 * by its most frequent spelling (`display` may recase it); values in alphabetical order.
 */
export function labelDimension<Item>(
  labelOf: (item: Item) => string,
  text: DimensionText<Item>,
  display: (name: string) => string = (name) => name,
): ListDimension<Item> {
  return {
    ...text,
    slugsOf: (item) => [slugify(labelOf(item))],
    optionsOf: (items) => {
      const names = new Map(groupByLabel(items, (item) => [labelOf(item)]).map((term) => [term.slug, display(term.name)]));
      return optionsOver(
        items,
        (item) => [slugify(labelOf(item))],
        (slug) => names.get(slug) ?? slug,
      ).sort(byName);
    },
  };
}

/** Filed under the years `yearsOf` gives; values newest first, named by the year. */
export function yearDimension<Item>(yearsOf: (item: Item) => readonly number[], text: DimensionText<Item>): ListDimension<Item> {
  const slugsOf = (item: Item) => [...new Set(yearsOf(item).map(String))];
  return { ...text, slugsOf, optionsOf: (items) => optionsOver(items, slugsOf, (slug) => slug).sort(newestYearFirst) };
}
