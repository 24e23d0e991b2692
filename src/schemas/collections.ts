/**
 * Every kind of content, in one table: where its files live under content/, its schema, and
 * how an entry's id (its URL) is made. The build's content layer (src/content.config.ts), the
 * content checker (src/lib/content-check/) and the editor's configuration all read this table,
 * so a folder, a schema or an id rule is written once.
 */
import type { z } from 'astro/zod';
import { questionId } from '../lib/question-id';
import { slugFromFileName } from '../lib/slug';
import { articleSchema } from './article';
import { chartSchema } from './chart';
import { contestSchema } from './contest';
import { contestWorkSchema } from './contest-work';
import { documentSchema } from './document';
import { exemplarSchema } from './exemplar';
import type { SchemaHelpers } from './helpers';
import { highlightSchema } from './highlight';
import { localitySchema } from './locality';
import { modelSchema } from './model';
import { questionSchema } from './question';
import { abbreviationSchema, keepWordSchema } from './radio-dictionary';
import { storySchema } from './story';
import { storyCollectionSchema } from './story-collection';

/** File types an entry may be written in. */
export type EntryExtension = 'md' | 'mdx' | 'yaml' | 'yml';

/** How an entry's id is made from its file (path under content/) and its data. */
export type IdFromEntry = (file: string, data: Record<string, unknown>) => string;

/** A kind whose entries are files in a folder (one entry per file). */
export interface FolderCollection<Schema extends z.ZodType = z.ZodType> {
  /** Folder under content/, e.g. "articles"; files and folders whose name starts with "_" are skipped. */
  folder: string;
  /** The file types read, in the order the editor prefers for new files. */
  extensions: readonly EntryExtension[];
  /** Builds the schema of one entry's data. */
  schema: (helpers: SchemaHelpers) => Schema;
  /** Builds the id; default: the folded file name, so URLs are ASCII and stable. */
  id?: IdFromEntry;
  /** Explains to an editor why two files have the same id. */
  duplicateMessage?: (otherFile: string) => string;
}

/** A kind whose entries are the items of one YAML list file, each with its own `id`. */
export interface ListFileCollection<Schema extends z.ZodType = z.ZodType> {
  /** File under content/, e.g. "localities.yaml". */
  file: string;
  /** Builds the schema of one item. */
  schema: (helpers: SchemaHelpers) => Schema;
}

/** One kind of content. */
export type CollectionDefinition<Schema extends z.ZodType = z.ZodType> = FolderCollection<Schema> | ListFileCollection<Schema>;

/** Whether a kind is a folder of files. */
export const isFolderCollection = (definition: CollectionDefinition): definition is FolderCollection => 'folder' in definition;

/** The default id: the file name folded to ASCII. */
export const idFromFileName: IdFromEntry = (file) => slugFromFileName(file);

/** The default explanation of two files with one id. */
export const sameAddressMessage = (other: string): string =>
  `Trùng địa chỉ với tệp ${other}: hai tệp cho cùng một đường dẫn. Hãy đổi tên một tệp.`;

const DOCUMENTS = ['mdx', 'md'] as const;
const DATA = ['yaml', 'yml'] as const;

/** Every kind, by the name the build and the editor use. */
export const contentCollections = {
  articles: { folder: 'articles', extensions: DOCUMENTS, schema: articleSchema },
  storyCollections: { folder: 'story-collections', extensions: DATA, schema: storyCollectionSchema },
  stories: { folder: 'stories', extensions: DOCUMENTS, schema: storySchema },
  exemplars: { folder: 'exemplars', extensions: DOCUMENTS, schema: exemplarSchema },
  questions: {
    folder: 'questions',
    extensions: DOCUMENTS,
    schema: questionSchema,
    id: (file, data) => questionId(data) ?? slugFromFileName(file),
    duplicateMessage: (other) => `Trùng tuần với tệp ${other}: mỗi tuần (cùng Năm và Tuần) chỉ có một câu hỏi.`,
  },
  documents: { folder: 'documents', extensions: DOCUMENTS, schema: documentSchema },
  models: { folder: 'models', extensions: DOCUMENTS, schema: modelSchema },
  charts: { folder: 'charts', extensions: DATA, schema: chartSchema },
  contests: { folder: 'contests', extensions: DOCUMENTS, schema: contestSchema },
  contestWorks: { folder: 'contest-works', extensions: DOCUMENTS, schema: contestWorkSchema },
  localities: { file: 'localities.yaml', schema: localitySchema },
  highlights: { file: 'highlights.yaml', schema: () => highlightSchema },
  radioAbbreviations: { file: 'radio/viet-tat.yaml', schema: () => abbreviationSchema },
  radioKeepWords: { file: 'radio/giu-nguyen.yaml', schema: () => keepWordSchema },
} as const satisfies Record<string, CollectionDefinition>;

/** The name of a kind. */
export type CollectionName = keyof typeof contentCollections;
