/**
 * The route data of the list pages of the faceted sections (exemplars, models, documents),
 * computed once per build from the catalog as item pages are (../item-page): each section's
 * index with its filter, and the static page of every filter value. Each section is described
 * once, by its facet descriptor; routes pass the data to FilterPage or FacetFilter and decide nothing.
 */
import type { Facets } from '../../lib/facet-filter';
import { filterLinks } from '../../lib/facet-options';
import type { Localities } from '../../lib/localities';
import { getCatalog, type Document, type Exemplar, type Locality, type Model } from '../catalog';
import { documentFacets, type DocumentDimension } from './documents';
import { exemplarFacets, type ExemplarDimension } from './exemplars';
import { modelFacets, type ModelDimension } from './models';
import type { FilterPage, ListDimension, SectionFacets, SectionList } from './types';

export type * from './types';
export { documentFacets, exemplarFacets, modelFacets };

/** What exemplar and model cards read beside their item: the localities they name. */
export interface PlaceCards {
  localities: ReadonlyMap<string, Locality>;
}

/** The list pages of every faceted section. */
export interface ListPages {
  exemplars: SectionList<Exemplar, ExemplarDimension, PlaceCards>;
  models: SectionList<Model, ModelDimension, PlaceCards>;
  documents: SectionList<Document, DocumentDimension, Record<string, never>>;
}

/** A faceted section. */
export type ListSection = keyof ListPages;

/** What a filter page of a section renders: its data, and what its cards read beside their items. */
export interface FilterPageProps<Section extends ListSection> {
  page: FilterPage<ListPages[Section]['items'][number]>;
  cards: ListPages[Section]['cards'];
}

const descriptors: {
  [Section in ListSection]: SectionFacets<ListPages[Section]['items'][number], keyof ListPages[Section]['pages'] & string>;
} = {
  exemplars: exemplarFacets,
  models: modelFacets,
  documents: documentFacets,
};

let lists: Promise<ListPages> | undefined;

/** The list pages; the first call computes them all, later calls (every route) share the result. */
export function getListPages(): Promise<ListPages> {
  lists ??= getCatalog().then(({ exemplars, models, documents, localities }) => ({
    exemplars: sectionList(exemplarFacets, exemplars, localities, { localities }),
    models: sectionList(modelFacets, models, localities, { localities }),
    documents: sectionList(documentFacets, documents, localities, {}),
  }));
  return lists;
}

/** getStaticPaths of one dimension's filter pages, the value's slug in the route parameter `param`. */
export async function filterPagePaths<Section extends ListSection, Param extends string>(
  section: Section,
  dimension: keyof ListPages[Section]['pages'] & string,
  param: Param,
) {
  const { pages, cards } = (await getListPages())[section];
  const dimensionPages = (pages as Record<string, FilterPageProps<Section>['page'][]>)[dimension] ?? [];
  return descriptors[section].keyPaths(
    dimensionPages.map((page) => ({
      params: { [param]: page.slug } as Record<Param, string>,
      props: { page, cards } satisfies FilterPageProps<Section>,
    })),
  );
}

/** The slugs an item is filed under in each dimension of its section's filter, which its card carries; `localities` for sections filed by place. */
export function facetsOf<Item, Name extends string>(
  facets: SectionFacets<Item, Name>,
  item: Item,
  localities: Localities = new Map(),
): Facets {
  return Object.fromEntries(filtered(facets).map(([name, dimension]) => [name, dimension.slugsOf(item, localities)]));
}

/** A card's filter slugs as its data attributes, which the list's script reads: data-dia-ban="xa-ha-mon dak-ha". */
export const facetAttributes = (facets: Facets): Record<string, string> =>
  Object.fromEntries(Object.entries(facets).map(([name, slugs]) => [`data-${name}`, slugs.join(' ')]));

/** The dimensions the index's filter offers, in order, each with its select. */
function filtered<Item, Name extends string>(facets: SectionFacets<Item, Name>) {
  type Offered = [Name, ListDimension<Item> & Required<Pick<ListDimension<Item>, 'select'>>];
  return (Object.entries(facets.dimensions) as [Name, ListDimension<Item>][]).filter(
    (entry): entry is Offered => entry[1].select !== undefined,
  );
}

function sectionList<Item, Name extends string, Cards>(
  facets: SectionFacets<Item, Name>,
  items: Item[],
  localities: Localities,
  cards: Cards,
): SectionList<Item, Name, Cards> {
  const names = Object.keys(facets.dimensions) as Name[];
  const byName = <Value>(valueOf: (name: Name) => Value) =>
    Object.fromEntries(names.map((name) => [name, valueOf(name)])) as Record<Name, Value>;
  const facetOptions = byName((name) => facets.dimensions[name].optionsOf(items, localities));
  const options = byName((name) => facetOptions[name].map((option) => ({ ...option, href: facets.dimensions[name].pathOf(option.slug) })));
  const links = byName((name) => filterLinks(facetOptions[name], facets.dimensions[name].pathOf));
  const pages = byName((name) => {
    const dimension = facets.dimensions[name];
    const siblings = { heading: dimension.linksHeading, links: links[name] };
    return options[name].map((option): FilterPage<Item> => {
      const path = option.href;
      const title = dimension.titleOf(option.name);
      return {
        slug: option.slug,
        path,
        title,
        description: facets.describe(option.items),
        crumbs: [facets.section, { name: title, path }],
        count: facets.count(option.items.length),
        all: { href: facets.section.path, text: facets.allLabel },
        items: option.items,
        siblings,
      };
    });
  });
  const filter = filtered(facets).map(([name, { select, linksHeading }]) => ({
    name,
    label: select.label,
    anyValue: select.anyValue,
    linksHeading,
    options: links[name],
  }));
  return { items, cards, filter, options, links, pages };
}
