/**
 * The form as the gate: before the CMS writes anything, the file it is about to write is held to
 * the build's own checker (src/schemas/check.ts) against the rest of the content, and a new entry
 * may not take the place of an existing file. A refusal names every problem in Vietnamese and
 * nothing is written. If the check itself cannot run, the save is refused too: an unchecked save
 * is what this gate exists to prevent.
 */
import { checkContent, checkSave } from '../../lib/content-check/check-content';
import { snapshotOf, type ContentSnapshot, type SnapshotFile } from '../../lib/content-check/snapshot';
import type { ContentProblem } from '../../lib/content-error';
import { vietnamDay } from '../../lib/reader-date';
import { siteCheckOptions } from '../../schemas/check';
import { cmsText } from '../../i18n/cms';
import { refusalMessage } from '../refusal-message';
import { namedFiles, savedFileText, type SavingEntry } from '../saved-file';
import { savingRefused, type SveltiaCms } from './sveltia';

/** The content the check compares a save with: the build's public index, or the whole folder on one computer. */
const CONTENT_INDEX = '/admin/content-index.json';

/** Registers the check as the CMS's preSave hook. */
export function registerSaveGate(cms: SveltiaCms): void {
  cms.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const saving = entry.toJS() as SavingEntry;
      let problems: ContentProblem[];
      try {
        problems = await problemsOfSave(saving);
      } catch (error) {
        console.error(error);
        throw savingRefused(cmsText.saveCheck.unavailable);
      }
      if (problems.length > 0) throw savingRefused(refusalMessage(problems, saving.collection, saving.path));
    },
  });
}

/** Everything wrong with a save: the build's checks on the written file, and a new entry over an existing file. */
async function problemsOfSave(saving: SavingEntry): Promise<ContentProblem[]> {
  const snapshot = withUploads(await loadIndex(), saving);
  const text = savedFileText(saving);
  const file: SnapshotFile = { path: saving.path, bytes: new TextEncoder().encode(text).length, text };
  const existing = snapshot.files.get(saving.path);
  const overwrite: ContentProblem[] =
    saving.newRecord && existing ? [{ file: saving.path, message: cmsText.saveCheck.overwrite(saving.path, titleOf(existing)) }] : [];
  const options = siteCheckOptions(vietnamDay(new Date()));
  return [...overwrite, ...checkSave(snapshot, file, options, checkContent(snapshot, options))];
}

/** The content index, fresh each save (on one computer it changes with every save). */
async function loadIndex(): Promise<ContentSnapshot> {
  const response = await fetch(CONTENT_INDEX, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${CONTENT_INDEX}: HTTP ${response.status}`);
  const index = (await response.json()) as { root: string; files: SnapshotFile[] };
  return snapshotOf(index.root, index.files);
}

/** The snapshot as it will be after the save: uploads in place, the old file gone when the save moves it. */
function withUploads(snapshot: ContentSnapshot, saving: SavingEntry): ContentSnapshot {
  const files = new Map(snapshot.files);
  const from = saving.meta?.path;
  if (!saving.newRecord && from && from !== saving.path) files.delete(from);
  for (const path of namedFiles(saving)) if (!files.has(path)) files.set(path, { path, bytes: 0 });
  return { ...snapshot, files };
}

/** The title of an existing entry, read from its front matter, to say which entry a new one would replace. */
function titleOf(file: SnapshotFile): string | undefined {
  return /^(?:title|name|question|label): *(.+)$/m.exec(file.text ?? '')?.[1]?.replace(/^["']|["']$/g, '');
}
