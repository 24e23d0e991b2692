/**
 * The file a save in the editor will write, rebuilt from the entry the CMS hands its preSave hook:
 * the save check runs the build's checker on exactly this text (src/cms/app/save-gate.ts).
 */
import { stringify } from 'yaml';
import { imageTarget, SHARED_IMAGES } from '../lib/content-check/images';
import { contentCollections, isFolderCollection, type CollectionName } from '../schemas/collections';
import { prune, toMdxFile, toYamlFile } from './file-formats';

/** What the CMS's preSave hook tells of the entry being saved (its `entry.toJS()`). */
export interface SavingEntry {
  /** The collection's name. */
  collection: string;
  /** Where the file will be written, from the repository root ("content/articles/x.mdx"). */
  path: string;
  /** Where it was read from: differs from `path` when the save moves the file (a question's week changed). */
  meta?: { path?: string };
  /** Whether the entry is new, i.e. no file was opened. */
  newRecord?: boolean;
  /** The form's values; a body under "body", a list file's items under "items". */
  data: Record<string, unknown>;
}

/** The text of the saved file. */
export function savedFileText(entry: SavingEntry): string {
  const definition = contentCollections[entry.collection as CollectionName];
  if (!definition) throw new Error(`The editor saved into "${entry.collection}", which src/schemas/collections.ts does not list.`);
  if (!isFolderCollection(definition)) return stringify(prune(entry.data.items) ?? [], { lineWidth: 0 });
  if (/\.ya?ml$/.test(entry.path)) return toYamlFile(entry.data);
  return toMdxFile(entry.data);
}

/** A path of a file a field names: relative to the entry ("./anh/bia.jpg", "./tep/a.pdf") or a shared image ("/anh/x.jpg"). */
const NAMED_FILE = new RegExp(`^(?:\\.{1,2}/|${SHARED_IMAGES.sitePath})[^\\s]+\\.[a-z0-9]+$`, 'i');
const BODY_IMAGE = /!\[[^\]]*\]\((\.{1,2}\/[^)\s]+)\)/g;

/**
 * The files a save names that the content does not hold yet, from the repository root. The CMS
 * does not tell its hooks which files the editor is uploading with the entry; its file fields
 * only offer an existing file or an upload (never a typed path), and they hold uploads to the
 * build's size limits, so a named file that is not in the content is one being uploaded.
 */
export function namedFiles(entry: SavingEntry): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (NAMED_FILE.test(value.trim())) found.push(value.trim());
      for (const match of value.matchAll(BODY_IMAGE)) found.push(match[1] as string);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(entry.data);
  return [...new Set(found.flatMap((written) => imageTarget(entry.path, written, 'content') ?? []))];
}
