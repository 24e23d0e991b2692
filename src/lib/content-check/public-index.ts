/**
 * What the editor's save check may know of the content when the site is served publicly: the
 * published entries as the site already shows them (front matter only, no body) and every
 * image and attachment by size. Drafts and scheduled items stay out, since /admin/ is a public
 * address; the Git host and the build catch what this index cannot show. On one computer, the
 * editor's own server hands out the whole folder instead (src/cms/local-server/).
 */
import { isPublished, type Dated } from '../publishing';
import type { CheckedEntry } from './read-entry';
import { ENTRY_FILE, type ContentSnapshot, type SnapshotFile } from './snapshot';

/** The front matter of an entry file ("---\n…\n---\n"), or the whole text of a data file. */
export function withoutBody(text: string): string {
  const match = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? match[0] : text;
}

/** The index: published entries without their bodies, and the other files by size. */
export function publicIndex(snapshot: ContentSnapshot, entries: readonly CheckedEntry[], today: Date): SnapshotFile[] {
  const unpublished = new Set(
    entries.filter((entry) => 'pubDate' in entry.data && !isPublished(entry as unknown as Dated, today)).map((entry) => entry.file),
  );
  return [...snapshot.files.values()]
    .filter((file) => !unpublished.has(file.path))
    .map((file) => (ENTRY_FILE.test(file.path) && file.text !== undefined ? { ...file, text: withoutBody(file.text) } : file));
}
