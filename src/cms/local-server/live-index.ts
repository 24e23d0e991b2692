/**
 * /admin/content-index.json on one computer: read from disk at each request, so the editor's save
 * check compares a save with the files as they are now, not as the last build saw them. Drafts
 * and scheduled items are included (the server answers only this computer); bodies are left out,
 * as in the public index, since no check across files reads them.
 */
import type { ContentIndex } from '../../data/content-index';
import { withoutBody } from '../../lib/content-check/public-index';
import { readRepositorySnapshot } from './repository-snapshot';

/** The whole content folder, entry files without their bodies. */
export async function liveContentIndex(contentDir: string): Promise<ContentIndex> {
  const snapshot = await readRepositorySnapshot(contentDir);
  return {
    root: snapshot.root,
    files: [...snapshot.files.values()].map((file) => (file.text === undefined ? file : { ...file, text: withoutBody(file.text) })),
  };
}
