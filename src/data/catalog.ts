/**
 * All published content, loaded once per build and checked across files before any
 * page renders from it: routes read from here, never from getCollection directly.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError, type ContentProblem } from '../lib/content-error';
import { findBrokenLinks, findDuplicateOrders, findInvalidWeeks, findReservedIds, type Link } from '../lib/content-integrity';
import { compareVietnamese } from '../lib/vietnamese';
import { toIsoDate } from '../lib/dates';
import { buildDate } from './build-date';
import { contentDigest } from '../lib/content-digest';

export type Article = CollectionEntry<'articles'>;
export type StoryCollection = CollectionEntry<'storyCollections'>;
export type Story = CollectionEntry<'stories'>;
export type Exemplar = CollectionEntry<'exemplars'>;
export type Question = CollectionEntry<'questions'>;
export type Locality = CollectionEntry<'localities'>;

/** Everything the pages need, published items only, each list in its reading order. */
export interface Catalog {
  /** Newest first. */
  articles: Article[];
  /** By `order`, then title. */
  storyCollections: StoryCollection[];
  /** By collection order, then order within the collection. */
  stories: Story[];
  /** Newest first, then by name. */
  exemplars: Exemplar[];
  /** Newest week first. */
  questions: Question[];
  /** By id, for lookups. */
  localities: Map<string, Locality>;
  /** Radio dictionary entries. */
  abbreviations: CollectionEntry<'radioAbbreviations'>[];
  /** Tokens the radio version reads as written. */
  keepWords: CollectionEntry<'radioKeepWords'>[];
  /** The campaign's headline figures, in file order. */
  highlights: CollectionEntry<'highlights'>[];
  /**
   * Fingerprint of every entry of every collection (drafts too) and of which are published:
   * the incremental build's cacheKey, so a page is reused only when nothing it could show
   * changed. The date counts only through what it publishes, so a daily rebuild on a day
   * that publishes nothing new reuses every page.
   */
  digest: string;
}

let loading: Promise<Catalog> | undefined;

/** The catalog; the first call loads and checks everything, later calls share the result. */
export function getCatalog(): Promise<Catalog> {
  loading ??= loadCatalog();
  return loading;
}

async function loadCatalog(): Promise<Catalog> {
  const today = buildDate();
  const [articles, storyCollections, stories, exemplars, questions, localities, abbreviations, keepWords, highlights] = await Promise.all([
    getCollection('articles'),
    getCollection('storyCollections'),
    getCollection('stories'),
    getCollection('exemplars'),
    getCollection('questions'),
    getCollection('localities'),
    getCollection('radioAbbreviations'),
    getCollection('radioKeepWords'),
    getCollection('highlights'),
  ]);
  const isLive = (entry: { data: { draft: boolean; pubDate: Date } }) => !entry.data.draft && entry.data.pubDate <= today;
  const live = {
    articles: articles.filter(isLive),
    stories: stories.filter(isLive),
    exemplars: exemplars.filter(isLive),
    questions: questions.filter(isLive),
  };

  const scheduled = [articles, stories, exemplars, questions].flat().filter((entry) => !entry.data.draft && entry.data.pubDate > today);
  for (const entry of scheduled) {
    console.info(`Đã lên lịch, chưa đăng: ${fileOf(entry)} (ngày đăng ${toIsoDate(entry.data.pubDate)})`);
  }

  const problems: ContentProblem[] = [
    ...checkLinks(live, { articles, stories, exemplars, questions }, storyCollections, localities),
    ...findDuplicateOrders(stories.map((s) => ({ file: fileOf(s), collection: s.data.collection.id, order: s.data.order }))),
    ...findInvalidWeeks(questions.map((q) => ({ file: fileOf(q), year: q.data.year, week: q.data.week, onThisDay: q.data.onThisDay.date }))),
    ...findReservedIds([articles, storyCollections, exemplars].flat().map((entry) => ({ file: fileOf(entry), collection: entry.collection, id: entry.id }))),
  ];
  if (problems.length > 0) throw new ContentError(problems);

  const collectionOrder = new Map(
    [...storyCollections]
      .sort((a, b) => a.data.order - b.data.order || compareVietnamese(a.data.title, b.data.title))
      .map((collection, index) => [collection.id, index]),
  );
  return {
    articles: live.articles.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.id.localeCompare(b.id)),
    storyCollections: storyCollections.sort((a, b) => (collectionOrder.get(a.id) ?? 0) - (collectionOrder.get(b.id) ?? 0)),
    stories: live.stories.sort(
      (a, b) =>
        (collectionOrder.get(a.data.collection.id) ?? 0) - (collectionOrder.get(b.data.collection.id) ?? 0) ||
        a.data.order - b.data.order,
    ),
    exemplars: live.exemplars.sort(
      (a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || compareVietnamese(a.data.name, b.data.name),
    ),
    questions: live.questions.sort((a, b) => b.data.year - a.data.year || b.data.week - a.data.week),
    localities: new Map(localities.map((locality) => [locality.id, locality])),
    abbreviations,
    keepWords,
    highlights,
    digest: contentDigest(
      Object.values(live).flatMap((entries) => entries.map((entry) => `${entry.collection}/${entry.id}`)),
      [articles, storyCollections, stories, exemplars, questions, localities, abbreviations, keepWords, highlights].map((entries) =>
        entries.map(({ collection, id, filePath, data, body }) => ({ collection, id, filePath, data, body })),
      ),
    ),
  };
}

type Linkable = Article | Story | Exemplar | Question;

/**
 * Every link must reach an entry that exists; a published item's link must also reach a
 * published one, or the built site would have a dead link.
 */
function checkLinks(
  live: Record<'articles' | 'stories' | 'exemplars' | 'questions', Linkable[]>,
  all: Record<'articles' | 'stories' | 'exemplars' | 'questions', Linkable[]>,
  storyCollections: StoryCollection[],
  localities: Locality[],
): ContentProblem[] {
  const ids = (entries: { id: string }[]) => new Set(entries.map((entry) => entry.id));
  const known = new Map<string, Set<string>>([
    ['localities', ids(localities)],
    ['storyCollections', ids(storyCollections)],
    ['stories', ids(all.stories)],
    ['exemplars', ids(all.exemplars)],
  ]);
  const published = new Map(known);
  published.set('stories', ids(live.stories));
  published.set('exemplars', ids(live.exemplars));

  const liveKeys = new Set(Object.values(live).flat().map((entry) => `${entry.collection}/${entry.id}`));
  const allEntries = Object.values(all).flat();
  const localityLinks: Link[] = localities.flatMap((locality) =>
    locality.data.parent ? [{ file: 'content/localities.yaml', field: `${locality.id}.parent`, ...locality.data.parent }] : [],
  );
  const missing = findBrokenLinks([...allEntries.flatMap(linksOf), ...localityLinks], known);
  const reported = new Set(missing.map((problem) => `${problem.file}#${problem.field}`));
  const liveLinks = allEntries.filter((entry) => liveKeys.has(`${entry.collection}/${entry.id}`)).flatMap(linksOf);
  const toUnpublished = findBrokenLinks(liveLinks, published)
    .filter((problem) => !reported.has(`${problem.file}#${problem.field}`))
    .map((problem) => ({
      ...problem,
      message: 'Mục được liên kết tới là bản nháp hoặc chưa đến ngày đăng, nên trang này sẽ có liên kết hỏng.',
    }));
  return [...missing, ...toUnpublished];
}

function linksOf(entry: Linkable): Link[] {
  const file = fileOf(entry);
  const refs: { field: string; ref: { collection: string; id: string } | undefined }[] = [];
  const data = entry.data;
  if ('locality' in data) refs.push({ field: 'locality', ref: data.locality });
  if (entry.collection === 'stories') refs.push({ field: 'collection', ref: entry.data.collection });
  if ('relatedStories' in data) data.relatedStories.forEach((ref, i) => refs.push({ field: `relatedStories[${i}]`, ref }));
  if ('relatedExemplars' in data) data.relatedExemplars.forEach((ref, i) => refs.push({ field: `relatedExemplars[${i}]`, ref }));
  return refs.flatMap(({ field, ref }) => (ref ? [{ file, field, collection: ref.collection, id: ref.id }] : []));
}

function fileOf(entry: { filePath?: string; id: string; collection: string }): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}
