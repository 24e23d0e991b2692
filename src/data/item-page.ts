/**
 * The route data of every item page (article, story, exemplar, question), computed once per
 * build from the catalog, as Starlight computes its route data: path, trail, related links,
 * neighbours, search facts, radio and share data. Routes pass a page to ItemLayout or
 * RadioPage and decide nothing. What is costly (the body, the radio script, the portrait) is
 * left to render time, so pages the incremental build reuses never pay for it.
 */
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { ui } from '../i18n/ui';
import { awardNames, latestRecognitionYear } from '../lib/item-page/awards';
import { indexById, resolveRefs, reverseIndex } from '../lib/item-page/link-index';
import { prevNextLinks, type NeighbourLink } from '../lib/item-page/prev-next';
import { articleSchemaType, exemplarSchemaKind } from '../lib/item-page/schema-types';
import { padWeek } from '../lib/iso-week';
import {
  absoluteUrl,
  articlePath,
  categoryPath,
  collectionPath,
  exemplarPath,
  questionPath,
  questionYearPath,
  sections,
  storyPath,
} from '../lib/routes';
import { shareImagePath } from '../lib/share-image/paths';
import { slugify } from '../lib/slug';
import { articleLd, exemplarLd, questionLd } from '../lib/structured-data';
import { markdownToPlain } from '../lib/text';
import { siteConfig } from '../site.config';
import { entryReadingMinutes, relatedArticles } from './articles';
import { getCatalog, type Article, type Exemplar, type Locality, type Question, type Story, type StoryCollection } from './catalog';
import { localityPlace } from './exemplars';
import { questionWeek } from './questions';
import type { RadioItem } from './radio';
import { radioItemFor } from './radio-items';
import { publisher, siteUrl } from './site-url';
import { collectionSummaries } from './stories';

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

/** The hidden facts the site search reads from an item page (see SearchMeta). */
export interface SearchFacts {
  kind: 'article' | 'story' | 'exemplar' | 'question';
  date: Date;
  locality?: string;
  field?: string;
  year?: number;
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
  localities: ReadonlyMap<string, Locality>;
}

/** A weekly question page. */
export interface QuestionPage extends ItemPageBase {
  kind: 'question';
  entry: Question;
  params: { year: string; week: string };
  /** Monday and Sunday of the question's week. */
  week: { start: Date; end: Date };
}

/** Any item page. */
export type ItemPage = ArticlePage | StoryPage | ExemplarPage | QuestionPage;

/** Every item page of the site, by kind, each list in the catalog's order. */
export interface ItemPages {
  articles: ArticlePage[];
  stories: StoryPage[];
  exemplars: ExemplarPage[];
  questions: QuestionPage[];
}

let pages: Promise<ItemPages> | undefined;

/** The item pages; the first call computes them all, later calls (every route) share the result. */
export function getItemPages(): Promise<ItemPages> {
  pages ??= getCatalog().then(itemPages);
  return pages;
}

function itemPages(catalog: Awaited<ReturnType<typeof getCatalog>>): ItemPages {
  const storiesById = indexById(catalog.stories);
  const exemplarsById = indexById(catalog.exemplars);
  const questionsByStory = reverseIndex(catalog.questions, (question) => question.data.relatedStories);
  const questionsByExemplar = reverseIndex(catalog.questions, (question) => question.data.relatedExemplars);
  const exemplarsByStory = reverseIndex(catalog.exemplars, (exemplar) => exemplar.data.relatedStories);
  const localityName = (id: string | undefined) => (id ? catalog.localities.get(id)?.data.name : undefined);

  const articles = catalog.articles.map((article, index): ArticlePage => {
    const { title, description, pubDate, updatedDate, category, tags, cover, author, locality } = article.data;
    const base = common(articlePath(article.id), title, description, pubDate, cover);
    return {
      kind: 'article',
      entry: article,
      params: { slug: article.id },
      ...base,
      eyebrow: { text: category, href: categoryPath(slugify(category)) },
      lead: description,
      modified: updatedDate,
      crumbs: [
        { name: ui.nav.articles, path: sections.articles },
        { name: category, path: categoryPath(slugify(category)) },
        { name: title, path: base.path },
      ],
      shareSummary: description,
      meta: {
        published: pubDate,
        updated: updatedDate,
        minutes: entryReadingMinutes(article),
        author,
        locality: localityName(locality?.id),
      },
      relatedArticles: relatedArticles(article, catalog.articles),
      related: [],
      prevNext: {
        label: ui.nav.articles,
        ...prevNextLinks(catalog.articles, index, {
          link: (other) => ({ href: articlePath(other.id), title: other.data.title }),
          previousLabel: ui.previous,
          nextLabel: ui.next,
          newestFirst: true,
        }),
      },
      search: { kind: 'article', date: pubDate, locality: localityName(locality?.id) },
      radio: { item: radioItemFor(article), summary: description },
      structuredData: async () => [
        articleLd({
          type: articleSchemaType(category),
          headline: title,
          description,
          url: base.url,
          image: absoluteUrl(base.shareImage, siteUrl),
          published: pubDate,
          modified: updatedDate,
          author,
          publisher,
          section: category,
          keywords: tags,
        }),
      ],
    };
  });

  const stories = collectionSummaries(catalog.storyCollections, catalog.stories).flatMap(({ collection, stories: own }) =>
    own.map((story, index): StoryPage => {
      const { title, description, cover, themes, pubDate } = story.data;
      const base = common(storyPath(collection.id, story.id), title, description, pubDate, cover);
      return {
        kind: 'story',
        entry: story,
        params: { collection: collection.id, story: story.id },
        ...base,
        eyebrow: { text: collection.data.title, href: collectionPath(collection.id) },
        lead: description,
        crumbs: [
          { name: ui.nav.stories, path: sections.stories },
          { name: collection.data.title, path: collectionPath(collection.id) },
          { name: title, path: base.path },
        ],
        shareSummary: description,
        metaLine: `${ui.stories.position(index + 1, own.length)} · ${ui.readingTime(entryReadingMinutes(story))}`,
        collection,
        collectionStories: own,
        related: [
          {
            id: 'related-exemplars',
            heading: ui.stories.relatedExemplars,
            links: (exemplarsByStory.get(story.id) ?? []).map(exemplarLink),
          },
          {
            id: 'related-questions',
            heading: ui.questions.relatedQuestions,
            links: (questionsByStory.get(story.id) ?? []).map(questionLink),
          },
        ],
        prevNext: {
          label: collection.data.title,
          ...prevNextLinks(own, index, {
            link: (other) => ({ href: storyPath(collection.id, other.id), title: other.data.title }),
            previousLabel: ui.stories.previous,
            nextLabel: ui.stories.next,
          }),
        },
        search: { kind: 'story', date: pubDate, collection: collection.data.title },
        radio: { item: radioItemFor(story), summary: description },
        structuredData: async () => [
          articleLd({
            type: 'Article',
            headline: title,
            description,
            url: base.url,
            image: absoluteUrl(base.shareImage, siteUrl),
            published: pubDate,
            author: siteConfig.office,
            publisher,
            section: collection.data.title,
            keywords: themes,
          }),
        ],
      };
    }),
  );

  const exemplars = catalog.exemplars.map((exemplar): ExemplarPage => {
    const { name, kind, field, description, portrait, recognitions, relatedStories, pubDate, locality } = exemplar.data;
    const cover = portrait && { ...portrait, sizes: '(min-width: 32rem) 30rem, 100vw', widths: [360, 720] };
    const base = common(exemplarPath(exemplar.id), name, description, pubDate, cover);
    return {
      kind: 'exemplar',
      entry: exemplar,
      params: { slug: exemplar.id },
      ...base,
      eyebrow: { text: `${ui.exemplars.kindNames[kind]} · ${field}` },
      lead: description,
      crumbs: [
        { name: ui.nav.exemplars, path: sections.exemplars },
        { name, path: base.path },
      ],
      shareSummary: description,
      localities: catalog.localities,
      related: [
        { id: 'related-stories', heading: ui.exemplars.relatedStories, links: resolveRefs(relatedStories, storiesById).map(storyLink) },
        {
          id: 'related-questions',
          heading: ui.questions.relatedQuestions,
          links: (questionsByExemplar.get(exemplar.id) ?? []).map(questionLink),
        },
      ],
      search: { kind: 'exemplar', date: pubDate, locality: localityName(locality.id), field, year: latestRecognitionYear(recognitions) },
      radio: { item: radioItemFor(exemplar), summary: description },
      structuredData: async () => {
        const image = portrait && (await getImage({ src: portrait.src, width: Math.min(720, portrait.src.width), format: 'jpg' }));
        return [
          exemplarLd({
            kind: exemplarSchemaKind(kind),
            name,
            description,
            url: base.url,
            image: image && absoluteUrl(image.src, siteUrl),
            place: localityPlace(locality.id, catalog.localities),
            awards: awardNames(recognitions),
          }),
        ];
      },
    };
  });

  const questions = catalog.questions.map((question, index): QuestionPage => {
    const { year, week, pubDate, onThisDay, relatedStories, relatedExemplars } = question.data;
    const base = common(questionPath(year, week), question.data.question, `${ui.nav.onThisDay}: ${onThisDay.event}`, pubDate, undefined);
    return {
      kind: 'question',
      entry: question,
      params: { year: String(year), week: `tuan-${padWeek(week)}` },
      ...base,
      eyebrow: { text: ui.questions.week(week, year) },
      crumbs: [
        { name: ui.nav.questions, path: sections.questions },
        { name: String(year), path: questionYearPath(year) },
        { name: ui.questions.weekShort(week), path: base.path },
      ],
      shareSummary: onThisDay.event,
      week: questionWeek(question),
      related: [
        { id: 'related-stories', heading: ui.questions.relatedStories, links: resolveRefs(relatedStories, storiesById).map(storyLink) },
        {
          id: 'related-exemplars',
          heading: ui.questions.relatedExemplars,
          links: resolveRefs(relatedExemplars, exemplarsById).map(exemplarLink),
        },
      ],
      prevNext: {
        label: ui.nav.questions,
        ...prevNextLinks(catalog.questions, index, {
          link: (other) => ({ href: questionPath(other.data.year, other.data.week), title: other.data.question }),
          previousLabel: ui.questions.previous,
          nextLabel: ui.questions.next,
          newestFirst: true,
        }),
      },
      search: { kind: 'question', date: pubDate, year },
      radio: { item: radioItemFor(question), summary: question.data.question },
      structuredData: async () => [
        questionLd({
          question: question.data.question,
          answer: markdownToPlain(question.body ?? ''),
          url: base.url,
          published: pubDate,
          publisher,
        }),
      ],
    };
  });

  return { articles, stories, exemplars, questions };
}

/** The fields every kind fills the same way from its path, title, summary, date and cover. */
function common(path: string, title: string, description: string, published: Date, cover: ItemCover | undefined) {
  return { path, url: absoluteUrl(path, siteUrl), title, description, published, cover, shareImage: shareImagePath(path) };
}

/** How a story is linked from another item. */
const storyLink = (story: Story): ItemLink => ({
  href: storyPath(story.data.collection.id, story.id),
  title: story.data.title,
  meta: story.data.description,
});

/** How an exemplar is linked from another item. */
const exemplarLink = (exemplar: Exemplar): ItemLink => ({
  href: exemplarPath(exemplar.id),
  title: exemplar.data.name,
  meta: exemplar.data.description,
});

/** How a question is linked from another item. */
const questionLink = (question: Question): ItemLink => ({
  href: questionPath(question.data.year, question.data.week),
  title: question.data.question,
  meta: ui.questions.week(question.data.week, question.data.year),
});
