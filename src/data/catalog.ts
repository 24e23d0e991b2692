/**
 * All published content, loaded once per build: routes read from here, never from
 * getCollection directly. Every rule across files was checked before the content layer ran
 * (src/integrations/content-check/), so this only sorts and filters.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { documentYear } from '../lib/documents';
import { compareVietnamese } from '../lib/vietnamese';
import { fileOf } from '../lib/content-links';
import { toIsoDate } from '../lib/dates';
import { parseYaml } from '../lib/frontmatter';
import { isPublished, isScheduled, type Dated } from '../lib/publishing';
import { contestWorkOrder } from '../lib/contests';
import { byCollectionRank, collectionRanks, newestFirst, newestFirstByName, newestWeekFirst, storyOrder } from '../lib/reading-order';
import { buildDate } from './build-date';

export type Article = CollectionEntry<'articles'>;
export type StoryCollection = CollectionEntry<'storyCollections'>;
export type Story = CollectionEntry<'stories'>;
export type Exemplar = CollectionEntry<'exemplars'>;
export type Question = CollectionEntry<'questions'>;
export type Locality = CollectionEntry<'localities'>;
export type Document = CollectionEntry<'documents'>;
export type Model = CollectionEntry<'models'>;
export type Chart = CollectionEntry<'charts'>;
export type Contest = CollectionEntry<'contests'>;
export type ContestWork = CollectionEntry<'contestWorks'>;

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
  /** Newest opening first, then by title. */
  contests: Contest[];
  /** By round (as `contests`), then by rank of prize in the round's `prizes`, then by title. */
  contestWorks: ContestWork[];
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
}

let loading: Promise<Catalog> | undefined;

/** The catalog; the first call loads everything, later calls share the result. */
export function getCatalog(): Promise<Catalog> {
  loading ??= loadCatalog();
  return loading;
}

async function loadCatalog(): Promise<Catalog> {
  const today = buildDate();
  const [
    articles,
    storyCollections,
    stories,
    exemplars,
    questions,
    localities,
    abbreviations,
    keepWords,
    highlights,
    documents,
    models,
    charts,
    contests,
    contestWorks,
  ] = await Promise.all([
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
    getCollection('contests'),
    getCollection('contestWorks'),
  ]);
  const dated = [articles, stories, exemplars, questions, documents, models, charts, contests, contestWorks].flat();
  for (const entry of dated.filter((entry) => isScheduled(entry, today))) {
    console.info(`Đã lên lịch, chưa đăng: ${fileOf(entry)} (ngày đăng ${toIsoDate(entry.data.pubDate)})`);
  }
  // Localities and story collections have no publication date: they are always on the site.
  const isLive = (entry: { data: object }) => !('pubDate' in entry.data) || isPublished(entry as Dated, today);

  const attachmentFiles = new Map(
    documents.map((document) => [document.id, path.resolve(path.dirname(fileOf(document)), document.data.attachment.file)]),
  );
  const ranks = collectionRanks(storyCollections);
  const published = <Entry extends { data: object }>(entries: Entry[]) => entries.filter(isLive);
  const liveContests = published(contests).sort(
    (a, b) => b.data.opens.getTime() - a.data.opens.getTime() || compareVietnamese(a.data.title, b.data.title),
  );
  return {
    articles: published(articles).sort(newestFirst),
    storyCollections: storyCollections.sort(byCollectionRank(ranks)),
    stories: published(stories).sort(storyOrder(ranks)),
    exemplars: published(exemplars).sort(newestFirstByName),
    questions: published(questions).sort(newestWeekFirst),
    documents: published(documents).sort(
      (a, b) =>
        documentYear(b.data) - documentYear(a.data) ||
        (b.data.issued?.getTime() ?? 0) - (a.data.issued?.getTime() ?? 0) ||
        compareVietnamese(a.data.title, b.data.title),
    ),
    models: published(models).sort(newestFirstByName),
    charts: published(charts).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    contests: liveContests,
    contestWorks: published(contestWorks).sort(contestWorkOrder(liveContests)),
    attachments: new Map(
      published(documents).map((document) => [
        document.id,
        { source: attachmentFiles.get(document.id) ?? '', bytes: sizeOf(attachmentFiles.get(document.id)) ?? 0 },
      ]),
    ),
    localities: new Map(localities.map((locality) => [locality.id, locality])),
    abbreviations,
    keepWords,
    highlights: inFileOrder(highlights),
  };
}

/**
 * Entries of one YAML list in the order the file lists them: Astro's data store keeps entries
 * sorted by id, but the editor's order is the reading order (a figure that says "tại các hội
 * nghị ấy" follows the figure it refers to).
 */
function inFileOrder<Entry extends { id: string; filePath?: string }>(entries: Entry[]): Entry[] {
  const file = entries[0]?.filePath;
  if (!file) return entries;
  const listed = parseYaml(readFileSync(path.resolve(file), 'utf8'), file) as { id: string }[];
  const position = new Map(listed.map((item, index) => [item.id, index]));
  return [...entries].sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
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
