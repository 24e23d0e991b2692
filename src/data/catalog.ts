/**
 * All published content, loaded once per build and checked across files before any
 * page renders from it: routes read from here, never from getCollection directly.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { findAttachmentProblems } from '../lib/attachments';
import { documentYear } from '../lib/documents';
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
export type Document = CollectionEntry<'documents'>;
export type Model = CollectionEntry<'models'>;
export type Chart = CollectionEntry<'charts'>;

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
  /** Newest year first, then newest issue date, then by title. */
  documents: Document[];
  /** Newest first, then by name. */
  models: Model[];
  /** By `order`. */
  charts: Chart[];
  /** Each published document's attachment: its absolute path and size, by document id. */
  attachments: Map<string, { source: string; bytes: number }>;
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
  const [articles, storyCollections, stories, exemplars, questions, localities, abbreviations, keepWords, highlights, documents, models, charts] = await Promise.all([
    getCollection('articles'),
    getCollection('storyCollections'),
    getCollection('stories'),
    getCollection('exemplars'),
    getCollection('questions'),
    getCollection('localities'),
    getCollection('radioAbbreviations'),
    getCollection('radioKeepWords'),
    getCollection('highlights'),
    getCollection('documents'),
    getCollection('models'),
    getCollection('charts'),
  ]);
  const isLive = (entry: { data: { draft: boolean; pubDate: Date } }) => !entry.data.draft && entry.data.pubDate <= today;
  const live = {
    articles: articles.filter(isLive),
    stories: stories.filter(isLive),
    exemplars: exemplars.filter(isLive),
    questions: questions.filter(isLive),
    documents: documents.filter(isLive),
    models: models.filter(isLive),
  };

  const scheduled = [articles, stories, exemplars, questions, documents, models].flat().filter((entry) => !entry.data.draft && entry.data.pubDate > today);
  for (const entry of scheduled) {
    console.info(`Đã lên lịch, chưa đăng: ${fileOf(entry)} (ngày đăng ${toIsoDate(entry.data.pubDate)})`);
  }

  const attachmentFiles = new Map(
    documents.map((document) => [document.id, path.resolve(path.dirname(fileOf(document)), document.data.attachment.file)]),
  );
  const problems: ContentProblem[] = [
    ...checkLinks(live, { articles, stories, exemplars, questions, documents, models }, storyCollections, localities),
    ...findAttachmentProblems(documents.map((document) => ({ file: fileOf(document), path: document.data.attachment.file, bytes: sizeOf(attachmentFiles.get(document.id)) }))),
    ...findDuplicateOrders(stories.map((s) => ({ file: fileOf(s), collection: s.data.collection.id, order: s.data.order }))),
    ...findInvalidWeeks(questions.map((q) => ({ file: fileOf(q), year: q.data.year, week: q.data.week, onThisDay: q.data.onThisDay.date }))),
    ...findReservedIds([articles, storyCollections, exemplars, documents, models, charts].flat().map((entry) => ({ file: fileOf(entry), collection: entry.collection, id: entry.id }))),
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
    documents: live.documents.sort((a, b) => documentYear(b.data) - documentYear(a.data) || (b.data.issued?.getTime() ?? 0) - (a.data.issued?.getTime() ?? 0) || compareVietnamese(a.data.title, b.data.title)),
    models: live.models.sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || compareVietnamese(a.data.name, b.data.name)),
    charts: charts.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    attachments: new Map(live.documents.map((document) => [document.id, { source: attachmentFiles.get(document.id) ?? '', bytes: sizeOf(attachmentFiles.get(document.id)) ?? 0 }])),
    localities: new Map(localities.map((locality) => [locality.id, locality])),
    abbreviations,
    keepWords,
    highlights,
    digest: contentDigest(
      Object.values(live).flatMap((entries) => entries.map((entry) => `${entry.collection}/${entry.id}`)),
      [articles, storyCollections, stories, exemplars, questions, localities, abbreviations, keepWords, highlights, documents, models, charts].map((entries) =>
        entries.map(({ collection, id, filePath, data, body }) => ({ collection, id, filePath, data, body })),
      ),
      // An attachment replaced under the same name changes the size shown on its page.
      [...attachmentFiles].map(([id, file]) => [id, sizeOf(file)]),
    ),
  };
}

type Linkable = Article | Story | Exemplar | Question | Document | Model;
type LinkableKind = 'articles' | 'stories' | 'exemplars' | 'questions' | 'documents' | 'models';

/**
 * Every link must reach an entry that exists; a published item's link must also reach a
 * published one, or the built site would have a dead link.
 */
function checkLinks(
  live: Record<LinkableKind, Linkable[]>,
  all: Record<LinkableKind, Linkable[]>,
  storyCollections: StoryCollection[],
  localities: Locality[],
): ContentProblem[] {
  const ids = (entries: { id: string }[]) => new Set(entries.map((entry) => entry.id));
  const known = new Map<string, Set<string>>([
    ['localities', ids(localities)],
    ['storyCollections', ids(storyCollections)],
    ['stories', ids(all.stories)],
    ['exemplars', ids(all.exemplars)],
    ['articles', ids(all.articles)],
  ]);
  const published = new Map(known);
  published.set('stories', ids(live.stories));
  published.set('exemplars', ids(live.exemplars));
  published.set('articles', ids(live.articles));

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
  if ('relatedArticles' in data) data.relatedArticles.forEach((ref, i) => refs.push({ field: `relatedArticles[${i}]`, ref }));
  if ('replicatedIn' in data) data.replicatedIn.forEach((ref, i) => refs.push({ field: `replicatedIn[${i}]`, ref }));
  return refs.flatMap(({ field, ref }) => (ref ? [{ file, field, collection: ref.collection, id: ref.id }] : []));
}

/** Size of a file in bytes, or undefined when there is none. */
function sizeOf(file: string | undefined): number | undefined {
  if (!file) return undefined;
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

function fileOf(entry: { filePath?: string; id: string; collection: string }): string {
  return entry.filePath ?? `${entry.collection}/${entry.id}`;
}
