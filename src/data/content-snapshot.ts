/**
 * Reads the content folder from disk into the checker's snapshot: every file's size, and the
 * text of entry files. Paths are shown from the project root ("content/articles/x.mdx"), as
 * editors find the files.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ENTRY_FILE, snapshotOf, type ContentSnapshot, type SnapshotFile } from '../lib/content-check/snapshot';

/** Reads `contentDir`, naming its files relative to `projectRoot`. */
export async function readSnapshot(contentDir: string, projectRoot: string): Promise<ContentSnapshot> {
  const shown = (absolute: string) => path.relative(projectRoot, absolute).split(path.sep).join('/');
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry): Promise<SnapshotFile> => {
        const absolute = path.join(entry.parentPath, entry.name);
        const file = shown(absolute);
        if (ENTRY_FILE.test(entry.name)) {
          const text = await readFile(absolute, 'utf8');
          return { path: file, bytes: Buffer.byteLength(text), text };
        }
        return { path: file, bytes: (await stat(absolute)).size };
      }),
  );
  return snapshotOf(shown(contentDir), files);
}
