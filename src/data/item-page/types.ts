/** What the route data of an item page holds, for each kind of item, and what each kind supplies. */
import type { RSSFeedItem } from '@astrojs/rss';
import type { ImageMetadata } from 'astro';
import type { NeighbourLink } from '../../lib/item-page/prev-next';
import type { ui } from '../../i18n/ui';
import type { Article, Catalog, Exemplar, Question, Story } from '../catalog';
import type { RenderableEntry } from '../entry-html';
import type { RadioItem } from '../radio';

/** The name of a kind of item in ui.kinds: "article", "chart"… */
export type ItemKindName = Exclude<keyof (typeof ui)['kinds'], 'page'>;

/**
 * Everything the site makes of one kind of item, supplied by its module (item-page/<kind>.ts):
 * its pages' route data, how the radio reads it, its feed. Registered once in item-page/index.ts.
 */
export interface ItemKind<Entry, Page extends ItemPageBase> {
  /** The route data of every page of the kind, in the catalog's order. */
  pages: (catalog: Catalog, lookups: Lookups) => Page[];
  /** The item as its radio script, the weekly programme and its .txt read it. */
  radio: (entry: Entry) => RadioItem;
  /** The kind's feed entries, newest first; links are site paths. */
  feed: (catalog: Catalog) => RSSFeedItem[];
}

/** The catalog's items by id and by what links to them. */
export interface Lookups {
  articlesById: ReadonlyMap<string, Article>;
  storiesById: ReadonlyMap<string, Story>;
  exemplarsById: ReadonlyMap<string, Exemplar>;
  questionsByStory: ReadonlyMap<string, Question[]>;
  questionsByExemplar: ReadonlyMap<string, Question[]>;
  exemplarsByStory: ReadonlyMap<string, Exemplar[]>;
  /** A locality's name by id; undefined for no id. */
  localityName: (id: string | undefined) => string | undefined;
  /** The search filter's labels of a locality and those above it (`searchLocalities`); none for no id. */
  searchLocalities: (id: string | undefined) => string[];
}

/** A link to another item, with an optional line under its title. */
export interface ItemLink {
  href: string;
  title: string;
  meta?: string;
}

/** A titled list of links to related items. */
export interface RelatedList {
  /** Id of the list's heading, unique on the page. */
  id: string;
  heading: string;
  links: ItemLink[];
}

/** One step of the breadcrumb trail below the home page. */
export interface PageCrumb {
  name: string;
  path: string;
}

/** The image at the top of an item page. */
export interface ItemCover {
  src: ImageMetadata;
  alt: string;
  caption?: string;
  /** CSS sizes hint, when the image is not shown full width. */
  sizes?: string;
  /** Widths to generate, when not the default ones. */
  widths?: number[];
}

/** One part of a fact's value: text, linking to the list it is filed under when it has an href, or a date. */
export type FactValue = { text: string; href?: string } | { date: Date };

/** One labelled fact under an item's header (see ItemFacts). */
export interface ItemFact {
  label: string;
  /** The value's parts, joined by commas, or side by side as a row of links when `row` is set (a story's themes). */
  values: FactValue[];
  /** A link in brackets after the value: a document's year after its date of issue, a story's day after its date. */
  aside?: { text: string; href: string };
  /** A muted line under the value: what a locality named as it was belongs to now. */
  note?: string;
  /** Shows the values as a wrapping row of links instead of a list with commas. */
  row?: boolean;
}

/** The hidden facts the site search reads from an item page (see SearchMeta). */
export interface SearchFacts {
  kind: ItemKindName;
  date: Date;
  /** The date the result shows instead of `date`: a document's date of issue, or its year. */
  shownDate?: Date | number;
  /** Locality labels, the item's own first (see `searchLocalities`). */
  localities?: readonly string[];
  field?: string;
  /** Years to file the item under; default: the year of `date`. */
  years?: readonly number[];
  collection?: string;
}

/**
 * What an item's poster prints for a notice board (src/components/poster/): only the kinds that
 * have one (the weekly question's "Lời Bác dạy", exemplars, models, charts) set it.
 */
export interface PosterContent {
  /** The line above the title: "Lời Bác dạy", "Tấm gương bình dị"… */
  heading: string;
  /** The big text: the quotation, the exemplar's or model's name, the chart's title. */
  title: string;
  /** Set when `title` is a quotation: who said it and where it is published. */
  quote?: { speaker: string; source: string };
  /** Paragraphs under the title. */
  lines: readonly string[];
  /** A bulleted list under the paragraphs: a model's results, a chart's figures. */
  list: readonly string[];
  /** Short labelled facts. */
  facts: readonly { label: string; value: string }[];
  /** Where the figures come from, in small print. */
  source?: string;
}

/** What every item page has, whatever its kind. */
export interface ItemPageBase {
  /** What the item is, named in ui.kinds: shown on its share image and filtered on in search. */
  kind: ItemKindName;
  /** The item's content entry. */
  entry: RenderableEntry;
  /** The route's parameters: "slug", or "collection" and "story"… */
  params: Record<string, string>;
  /** Site path: "/bai-viet/<slug>/". */
  path: string;
  /** Absolute URL, shared and named in structured data. */
  url: string;
  /** The h1 and the page title. */
  title: string;
  /** The title shared with the link and named in structured data; default: `title`. */
  shareTitle?: string;
  /** The kind shown on the share image; default: the kind's name (ui.kinds). */
  shareKind?: string;
  /** Summary for search engines and share previews. */
  description: string;
  /** The line above the title; a link when it names a list the item belongs to. */
  eyebrow: { text: string; href?: string };
  /** The paragraph under the title; none on questions. */
  lead?: string;
  published: Date;
  modified?: Date;
  cover?: ItemCover;
  crumbs: PageCrumb[];
  /** The one-line summary shared with the link. */
  shareSummary: string;
  /** Path of the page's share image (og:image). */
  shareImage: string;
  /** The entry whose MDX body the page shows; none for a chart, whose route draws the chart instead. */
  body?: RenderableEntry;
  /** Lists of links to related items, in page order; empty lists are not shown. */
  related: RelatedList[];
  /** Links to the items read before and after, with the navigation's name. */
  prevNext?: { label: string; previous?: NeighbourLink; next?: NeighbourLink };
  search: SearchFacts;
  /** The item as the radio script reads it, and the summary its radio page shows. */
  radio: { item: RadioItem; summary: string };
  /** schema.org objects of the page; async because a portrait's URL is known once the image is processed. */
  structuredData: () => Promise<object[]>;
  /** What its poster prints; none for the kinds that have no poster. */
  poster?: PosterContent;
}
