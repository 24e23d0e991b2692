/** What the route data of a list page holds: a section's index with its filter, and the static page of each filter value. */
import type { FacetOption, FilterLink } from '../../lib/facet-options';
import type { Localities } from '../../lib/localities';

/** One step of a page's breadcrumb trail below the home page. */
export interface TrailStep {
  name: string;
  path: string;
}

/** One dimension of a section's list: how items are filed under it, and how its values are named, ordered and linked. */
export interface ListDimension<Item> {
  /** The slugs an item is filed under (a commune's item is also filed under its district). */
  slugsOf: (item: Item, localities: Localities) => readonly string[];
  /** Every value some item has, named and in display order, each with the items the filter picks for it. */
  optionsOf: (items: readonly Item[], localities: Localities) => FacetOption<Item>[];
  /** Path of a value's static page. */
  pathOf: (slug: string) => string;
  /** Heading of the links to every value: "Theo địa bàn". */
  linksHeading: string;
  /** Title of a value's page, from the value's name: "Tấm gương ở Đăk Hà". */
  titleOf: (name: string) => string;
  /** The index's select for this dimension; a dimension without one has pages and links only (an exemplar's recognition years). */
  select?: { label: string; anyValue: string };
}

/**
 * A section's facet descriptor (exemplars, models, documents): its dimensions, named as in the
 * URL query and the cards' data attributes ("dia-ban"), in display order, and how its pages read.
 */
export interface SectionFacets<Item, Name extends string> {
  /** The section's index, the first step of every filter page's trail. */
  section: TrailStep;
  dimensions: Record<Name, ListDimension<Item>>;
  /** "16 tấm gương". */
  count: (count: number) => string;
  /** Text of the link from a filter page back to the whole list. */
  allLabel: string;
  /** A filter page's summary for search engines and previews, from its items. */
  describe: (items: readonly Item[]) => string;
  /**
   * Adds the incremental build's cacheKey to the section's filter page paths (see
   * reusable-paths.ts): what the pages show beyond their props differs by section.
   */
  keyPaths: <Path extends { params: object; props?: object }>(paths: Path[]) => Promise<Array<Path & { cacheKey: string }>>;
}

/** One dimension of the index's filter (see FacetFilter): the select and the links to the static pages. */
export interface FacetDimension {
  /** Name in the URL query and the cards' data attribute: "dia-ban". */
  name: string;
  /** Label of the select: "Địa bàn". */
  label: string;
  /** The select's "everything" choice: "Tất cả địa bàn". */
  anyValue: string;
  /** Heading of the static links: "Theo địa bàn". */
  linksHeading: string;
  /** The values, in display order; `nested` ones (a commune under its district) are indented. */
  options: readonly FilterLink[];
}

/** The static page of one filter value: "/tam-guong-binh-di/dia-ban/dak-ha/". */
export interface FilterPage<Item> {
  /** The value's slug, the route's parameter. */
  slug: string;
  path: string;
  /** The h1 and the page title. */
  title: string;
  /** Summary for search engines and share previews. */
  description: string;
  crumbs: TrailStep[];
  /** "3 tấm gương". */
  count: string;
  /** The link back to the section's whole list. */
  all: { href: string; text: string };
  /** The matching items, in catalog order. */
  items: Item[];
  /** Links to every value of the dimension, under their heading; shared by the dimension's pages. */
  siblings: { heading: string; links: FilterLink[] };
}

/** One value of a dimension with its items and the path of its page. */
export type ListOption<Item> = FacetOption<Item> & { href: string };

/** A section's list pages: its index's data and every filter value's page, computed once per build. */
export interface SectionList<Item, Name extends string, Cards> {
  /** Every published item, in catalog order. */
  items: Item[];
  /** What the section's cards read beside their item (the localities they name), passed to the list component. */
  cards: Cards;
  /** The index's filter, dimensions with a select only. */
  filter: FacetDimension[];
  /** Each dimension's values, named and in display order, with their items. */
  options: Record<Name, ListOption<Item>[]>;
  /** Each dimension's links to its values' pages, with their counts. */
  links: Record<Name, FilterLink[]>;
  /** Each dimension's static pages. */
  pages: Record<Name, FilterPage<Item>[]>;
}
