/** What the route data of an item page holds, for each kind of item. */
import type { ImageMetadata } from 'astro';
import type { NeighbourLink } from '../../lib/item-page/prev-next';
import type { Article, Chart, Document, Exemplar, Model, Question, Story, StoryCollection } from '../catalog';
import type { RadioItem } from '../radio';

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

/** One labelled fact under an item's header (see ItemFacts). */
export interface ItemFact {
  label: string;
  /** The value: text, each part linking to the list it is filed under when it has an href; parts are joined by commas. */
  values: { text: string; href?: string }[];
  /** A muted line under the value: what a locality named as it was belongs to now. */
  note?: string;
}

/** The hidden facts the site search reads from an item page (see SearchMeta). */
export interface SearchFacts {
  kind: ItemPage['kind'];
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

/** What every item page has, whatever its kind. */
interface ItemPageBase {
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
  /** Lists of links to related items, in page order; empty lists are not shown. */
  related: RelatedList[];
  /** Links to the items read before and after, with the navigation's name. */
  prevNext?: { label: string; previous?: NeighbourLink; next?: NeighbourLink };
  search: SearchFacts;
  /** The item as the radio script reads it, and the summary its radio page shows. */
  radio: { item: RadioItem; summary: string };
  /** schema.org objects of the page; async because a portrait's URL is known once the image is processed. */
  structuredData: () => Promise<object[]>;
}

/** An article page. */
export interface ArticlePage extends ItemPageBase {
  kind: 'article';
  entry: Article;
  params: { slug: string };
  /** Author, reading time and locality under the lead. */
  meta: { published: Date; updated?: Date; minutes: number; author: string; locality?: string };
  /** The articles most related to this one, shown as cards. */
  relatedArticles: Article[];
}

/** A story page. */
export interface StoryPage extends ItemPageBase {
  kind: 'story';
  entry: Story;
  params: { collection: string; story: string };
  /** "Chuyện 2/5 · 4 phút đọc". */
  metaLine: string;
  collection: StoryCollection;
  /** The collection's stories, for its table of contents. */
  collectionStories: Story[];
}

/** An exemplar profile. */
export interface ExemplarPage extends ItemPageBase {
  kind: 'exemplar';
  entry: Exemplar;
  params: { slug: string };
  /** Kind, locality, field, ethnicity and model, under the header. */
  facts: ItemFact[];
}

/** A weekly question page. */
export interface QuestionPage extends ItemPageBase {
  kind: 'question';
  entry: Question;
  params: { year: string; week: string };
  /** Monday and Sunday of the question's week. */
  week: { start: Date; end: Date };
  /** Stories and exemplars linked from the answer: their titles can give it away, so they sit behind the tap with it. */
  answerRelated: RelatedList[];
}

/** A document page (văn bản): our summary of it, its file to download and where the official text is. */
export interface DocumentPage extends ItemPageBase {
  kind: 'document';
  entry: Document;
  params: { slug: string };
  /** Size in bytes of the file to download. */
  attachmentBytes: number;
}

/** A model page (mô hình hay, cách làm mới). */
export interface ModelPage extends ItemPageBase {
  kind: 'model';
  entry: Model;
  params: { slug: string };
  /** Locality, field, start year, who runs it and where it was replicated, under the header. */
  facts: ItemFact[];
}

/** A chart page (số liệu): one chart, so it can be shared with its own preview. */
export interface ChartPage extends ItemPageBase {
  kind: 'chart';
  entry: Chart;
  params: { slug: string };
}

/** Any item page. */
export type ItemPage = ArticlePage | StoryPage | ExemplarPage | QuestionPage | DocumentPage | ModelPage | ChartPage;

/** Every item page of the site, by kind, each list in the catalog's order. */
export interface ItemPages {
  articles: ArticlePage[];
  stories: StoryPage[];
  exemplars: ExemplarPage[];
  questions: QuestionPage[];
  documents: DocumentPage[];
  models: ModelPage[];
  charts: ChartPage[];
}
