/**
 * The content folder read from disk, its files named as the editor sees them in the repository
 * ("content/articles/x.mdx") wherever CONTENT_DIR points: the save check in the browser and the
 * problems the status bar lists then speak of the same paths.
 */
import path from 'node:path';
import { readSnapshot } from '../../data/content-snapshot';
import { snapshotOf, type ContentSnapshot } from '../../lib/content-check/snapshot';

/** The folder's name in the repository. */
const CONTENT = 'content';

/** Reads `contentDir` whole: every file's size, and the text of entry files. */
export async function readRepositorySnapshot(contentDir: string): Promise<ContentSnapshot> {
  const snapshot = await readSnapshot(contentDir, path.dirname(contentDir));
  const files = [...snapshot.files.values()].map((file) => ({ ...file, path: `${CONTENT}${file.path.slice(snapshot.root.length)}` }));
  return snapshotOf(CONTENT, files);
}
