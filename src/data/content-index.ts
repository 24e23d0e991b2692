/**
 * The content index the editor's save check reads at /admin/content-index.json: the content
 * folder as the build read it, reduced to what the public site already shows
 * (src/lib/content-check/public-index.ts).
 */
import path from 'node:path';
import { checkContent } from '../lib/content-check/check-content';
import { publicIndex } from '../lib/content-check/public-index';
import type { SnapshotFile } from '../lib/content-check/snapshot';
import { siteCheckOptions } from '../schemas/check';
import { buildDate } from './build-date';
import { contentRoot } from './content-root';
import { readSnapshot } from './content-snapshot';

/** The index as JSON: the folder's name in the repository and its files. */
export interface ContentIndex {
  root: string;
  files: SnapshotFile[];
}

/** Reads the content folder and reduces it to the public index, its paths as in the repository ("content/…"). */
export async function contentIndex(): Promise<ContentIndex> {
  const projectRoot = process.cwd();
  const snapshot = await readSnapshot(path.resolve(projectRoot, contentRoot), projectRoot);
  const today = buildDate();
  const { entries } = checkContent(snapshot, siteCheckOptions(today));
  const inRepository = (file: string) => `content${file.slice(snapshot.root.length)}`;
  return {
    root: 'content',
    files: publicIndex(snapshot, entries, today).map((file) => ({ ...file, path: inRepository(file.path) })),
  };
}
