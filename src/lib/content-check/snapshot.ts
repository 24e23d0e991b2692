/**
 * The content folder as the checker sees it: every file's path and size, and the text of the
 * entry files. The build reads it from disk, the editor from its own files and the site's
 * list of files; the checker never touches a disk itself, so it runs in both.
 */

/** One file of the content folder. */
export interface SnapshotFile {
  /** Path as editors see it, from the repository root with forward slashes: "content/articles/x.mdx". */
  path: string;
  /** Size in bytes. */
  bytes: number;
  /** Text of an entry file (.md, .mdx, .yaml, .yml); absent for images and attachments. */
  text?: string;
}

/** The content folder. */
export interface ContentSnapshot {
  /** The folder's own path, as the files' paths start ("content"). */
  root: string;
  /** Every file, by path. */
  files: ReadonlyMap<string, SnapshotFile>;
}

/** File types whose text the checker reads. */
export const ENTRY_FILE = /\.(?:md|mdx|ya?ml)$/i;

/** Builds a snapshot from a list of files. */
export function snapshotOf(root: string, files: Iterable<SnapshotFile>): ContentSnapshot {
  return { root, files: new Map([...files].map((file) => [file.path, file])) };
}

/** A snapshot with one file written (or replaced), as it will be after a save. */
export function withFile(snapshot: ContentSnapshot, file: SnapshotFile): ContentSnapshot {
  return { ...snapshot, files: new Map(snapshot.files).set(file.path, file) };
}

/** The folder of a path ("content/articles/x.mdx" → "content/articles"). */
export const folderOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/**
 * Resolves a path written relative to a folder ("./anh/a.jpg", "../anh/a.jpg"), or undefined
 * when it is not relative or climbs above the repository root.
 */
export function resolveRelative(folder: string, relative: string): string | undefined {
  if (!/^\.{1,2}\//.test(relative)) return undefined;
  const parts = folder ? folder.split('/') : [];
  for (const part of relative.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}
