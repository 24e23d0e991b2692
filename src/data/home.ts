/**
 * The home page's route data, computed once: the newest item of each kind as one teaser shape,
 * the lead among them, the pool of Bác's words that "Lời Bác dạy" draws one a day from, and
 * what each block below shows. The page and its blocks only render it.
 */
import type { ImageMetadata } from 'astro';
import { ui } from '../i18n/ui';
import { bacQuotesInMdx } from '../lib/mdx-quotes';
import { todayData, type TodayData } from '../lib/on-this-day';
import { absoluteUrl, articlePath, chartPath, contestPath, exemplarPath, questionPath, sections, storyPath } from '../lib/routes';
import { websiteLd } from '../lib/structured-data';
import { toIsoDate } from '../lib/dates';
import { isoWeekStart } from '../lib/iso-week';
import { figureSources, type CitedSource } from '../lib/figure-sources';
import { siteConfig } from '../site.config';
import { getCatalog, type Article, type Catalog, type Document, type Exemplar, type Locality, type Model, type Question } from './catalog';
import { calendarDays } from './on-this-day';
import { shareTitle } from './sample';
import { publisher, siteUrl } from './site-url';
import { collectionSummaries, featuredCollection, type CollectionSummary } from './stories';

/** An item as a home page card. */
export interface Teaser {
  kind: string;
  title: string;
  summary: string;
  href: string;
  date: Date;
  image?: { src: ImageMetadata; alt: string };
}

/** A quotation in the "Lời Bác dạy" pool. */
export interface PoolQuote {
  text: string;
  source: string;
  /** The page it comes from. */
  href: string;
  /** For a weekly question's quote, its week's Monday ("YYYY-MM-DD"): never shown beside that question, whose answer it may be. */
  week?: string;
}

/**
 * The newest article, story and exemplar profile, newest first (questions have their own block).
 * Stories that the given questions point to are passed over: told beside the question, they give its answer away.
 */
export function newestOfEachKind(
  { articles, stories, exemplars }: Pick<Catalog, 'articles' | 'stories' | 'exemplars'>,
  besideQuestions: readonly Question[] = [],
): Teaser[] {
  const newest = <T extends { data: { pubDate: Date } }>(items: readonly T[]) =>
    [...items].sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime())[0];
  const spoilers = new Set(besideQuestions.flatMap((question) => question.data.relatedStories.map((ref) => ref.id)));
  const article = newest(articles);
  const story = newest(stories.filter((candidate) => !spoilers.has(candidate.id)));
  const exemplar = newest(exemplars);
  const teasers: Teaser[] = [
    ...(article
      ? [
          {
            kind: ui.kinds.article,
            title: article.data.title,
            summary: article.data.description,
            href: articlePath(article.id),
            date: article.data.pubDate,
            image: article.data.cover,
          },
        ]
      : []),
    ...(story
      ? [
          {
            kind: ui.kinds.story,
            title: story.data.title,
            summary: story.data.description,
            href: storyPath(story.data.collection.id, story.id),
            date: story.data.pubDate,
            image: story.data.cover,
          },
        ]
      : []),
    ...(exemplar
      ? [
          {
            kind: ui.kinds.exemplar,
            title: shareTitle(exemplar.data.name, exemplar.data.sample),
            summary: exemplar.data.description,
            href: exemplarPath(exemplar.id),
            date: exemplar.data.pubDate,
            image: exemplar.data.portrait,
          },
        ]
      : []),
  ];
  return teasers.sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** Days within which a newer item without a picture yields the lead to one with a picture. */
const LEAD_PICTURE_DAYS = 14;

/**
 * The lead: the newest item, unless one published within two weeks of it has a picture, which
 * makes the stronger front page. `teasers` come newest first.
 */
export function leadTeaser(teasers: readonly Teaser[]): Teaser | undefined {
  const [newest] = teasers;
  if (!newest || newest.image) return newest;
  const withPicture = teasers.find(
    (teaser) => teaser.image && newest.date.getTime() - teaser.date.getTime() <= LEAD_PICTURE_DAYS * 86_400_000,
  );
  return withPicture ?? newest;
}

/** An article as a home page teaser, its category as its kind. */
export const articleTeaser = (article: Article): Teaser => ({
  kind: article.data.category,
  title: article.data.title,
  summary: article.data.description,
  href: articlePath(article.id),
  date: article.data.pubDate,
  image: article.data.cover,
});

/**
 * The lead as a newspaper sets it: the newest article with a picture, large. Without one, the
 * newest item of any kind (leadTeaser). `articles` come newest first.
 */
export function frontPageLead(articles: readonly Article[], teasers: readonly Teaser[]): Teaser | undefined {
  const pictured = articles.find((article) => article.data.cover);
  return pictured ? articleTeaser(pictured) : leadTeaser(teasers);
}

/**
 * Bác's words from the stories and the weekly questions, each once, with the page it comes
 * from. Stories come first, so words that are also a question's answer are shown from the story.
 */
export function quotePool({ questions, stories }: Pick<Catalog, 'questions' | 'stories'>): PoolQuote[] {
  const all: PoolQuote[] = [
    ...stories.flatMap((story) =>
      bacQuotesInMdx(story.body ?? '').map((quote) => ({ ...quote, href: storyPath(story.data.collection.id, story.id) })),
    ),
    ...questions.map((question) => ({
      text: question.data.quote.text,
      source: question.data.quote.source,
      href: questionPath(question.data.year, question.data.week),
      week: toIsoDate(isoWeekStart(question.data)),
    })),
  ];
  const seen = new Set<string>();
  return all.filter((quote) => {
    const key = quote.text
      .toLocaleLowerCase('vi')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A headline figure of the campaign (content/highlights.yaml). */
export interface Highlight {
  value: string;
  label: string;
}

/** The campaign's headline figures in the file's order, each source and period they cite once, and the notes on those that have one. */
export interface Highlights {
  figures: Highlight[];
  sources: CitedSource[];
  notes: string[];
}

/** The headline figures as the home and about pages show them. */
export function highlightsOf(highlights: Catalog['highlights']): Highlights {
  return {
    figures: highlights.map(({ data }) => ({ value: data.value, label: data.label })),
    sources: figureSources(highlights.map(({ data }) => data)),
    notes: highlights.flatMap(({ data }) => (data.note ? [`${data.value} ${data.label}: ${data.note}`] : [])),
  };
}

/** What the home page shows, block by block. */
export interface HomePage {
  /** The lead item, if there is anything to lead with. */
  lead?: Teaser;
  /** The newest of each kind but the lead and the briefs, newest first ("Mới trên trang"). */
  newest: Teaser[];
  /** The questions the page may show as this week's, newest first: the reader's date picks one. */
  questions: Question[];
  /** Every quotation "Lời Bác dạy" may show. */
  quotes: PoolQuote[];
  /** "Ngày này năm xưa" for every calendar day with content; the reader's date picks one. */
  today: TodayData;
  /** The two newest articles but the lead, set as briefs under it. */
  briefs: Teaser[];
  /** The newest articles after the lead and the briefs. */
  articles: Article[];
  /** The newest exemplars. */
  exemplars: Exemplar[];
  /** Localities by id, which exemplar and model cards name. */
  localities: ReadonlyMap<string, Locality>;
  /** The story collections to read, the featured one first: one row. */
  collections: CollectionSummary[];
  /** The newest models. */
  models: Model[];
  /** The newest documents. */
  documents: Document[];
  /** How many weekly questions the quiz asks; none hides its invitation. */
  quizCount: number;
  /** The contest rounds of /cuoc-thi/, newest first, as links. */
  contests: { href: string; title: string; description: string }[];
  /** The charts of /so-lieu/, as links. */
  charts: { href: string; title: string; description: string }[];
  /** The campaign's headline figures. */
  highlights: Highlights;
  /** The site's schema.org WebSite, with its search. */
  jsonLd: object;
}

/** A page a few weeks old still finds the question of the reader's week among these. */
const CANDIDATE_QUESTIONS = 3;
/** Six fill two rows of three on a desktop and three rows of two on a tablet. */
const CARDS = 6;
/** Briefs under the lead: one row of two beside the side column. */
const BRIEFS = 2;
/** Story collections, models and documents get one row. */
const ROW = 3;

let home: Promise<HomePage> | undefined;

/** The home page's data, computed on the first call. */
export function getHomePage(): Promise<HomePage> {
  home ??= getCatalog().then(homePage);
  return home;
}

function homePage(catalog: Catalog): HomePage {
  const { articles, questions, storyCollections, stories, exemplars, models, documents, charts, contests, highlights, localities } =
    catalog;
  const candidates = questions.slice(0, CANDIDATE_QUESTIONS);
  const teasers = newestOfEachKind(catalog, candidates);
  const lead = frontPageLead(articles, teasers);
  const rest = articles.filter((article) => lead?.href !== articlePath(article.id));
  const summaries = collectionSummaries(storyCollections, stories);
  const featured = featuredCollection(summaries);
  const briefs = rest.slice(0, BRIEFS).map(articleTeaser);
  const shown = new Set([lead, ...briefs].map((teaser) => teaser?.href));
  return {
    lead,
    newest: teasers.filter((teaser) => !shown.has(teaser.href)),
    questions: candidates,
    quotes: quotePool(catalog),
    today: todayData(calendarDays(catalog)),
    briefs,
    articles: rest.slice(BRIEFS, BRIEFS + CARDS),
    exemplars: exemplars.slice(0, CARDS),
    localities,
    collections: featured ? [featured, ...summaries.filter((summary) => summary !== featured)].slice(0, ROW) : [],
    models: models.slice(0, ROW),
    documents: documents.slice(0, ROW),
    quizCount: questions.filter((question) => question.data.quiz).length,
    contests: contests.slice(0, ROW).map((contest) => ({
      href: contestPath(contest.id),
      title: shareTitle(contest.data.title, contest.data.sample),
      description: contest.data.description,
    })),
    charts: charts.map((chart) => ({ href: chartPath(chart.id), title: chart.data.title, description: chart.data.description })),
    highlights: highlightsOf(highlights),
    jsonLd: websiteLd({
      name: siteConfig.name,
      url: absoluteUrl('/', siteUrl),
      searchUrl: absoluteUrl(sections.search, siteUrl),
      publisher,
    }),
  };
}
