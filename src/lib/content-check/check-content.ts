/**
 * The content checker: everything the build refuses, found in one pass and reported all at
 * once, file by file. The build runs it before Astro reads any content; the editor runs it on
 * the file about to be saved, against the rest of the content, and refuses the save.
 */
import type { ContentProblem } from '../content-error';
import { collectionOf, type CollectionRule } from './collection-rules';
import { crossFileProblems } from './cross-file';
import { readFolderEntry, readListFile, type BodyMemo, type CheckedEntry } from './read-entry';
import { ENTRY_FILE, withFile, type ContentSnapshot, type SnapshotFile } from './snapshot';

/** What a check needs besides the snapshot. */
export interface CheckOptions<Helpers> {
  /** Every kind of content (src/schemas/collections.ts). */
  rules: Readonly<Record<string, CollectionRule<Helpers>>>;
  /** Schema helpers bound to the file being checked. */
  helpersFor(file: string, snapshot: ContentSnapshot): Helpers;
  /** The build's day: later entries are scheduled, not published. */
  today: Date;
  /** Remembers body checks between runs. */
  bodies?: BodyMemo;
}

/** The entries that passed their own checks, and every problem found. */
export interface CheckResult {
  entries: CheckedEntry[];
  problems: ContentProblem[];
}

/** Checks the whole content folder. */
export function checkContent<Helpers>(snapshot: ContentSnapshot, options: CheckOptions<Helpers>, focus?: string): CheckResult {
  const result: CheckResult = { entries: [], problems: [] };
  const context = { snapshot, helpersFor: (file: string) => options.helpersFor(file, snapshot), bodies: options.bodies };
  for (const file of [...snapshot.files.values()].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!ENTRY_FILE.test(file.path)) continue;
    const collection = collectionOf(file, snapshot.root, options.rules);
    if (!collection) continue;
    const read = collection.rule.file === undefined ? readFolderEntry(file, collection, context) : readListFile(file, collection, context);
    result.entries.push(...read.entries);
    result.problems.push(...read.problems);
  }
  const rules = options.rules as Readonly<Record<string, CollectionRule<unknown>>>;
  result.problems.push(...crossFileProblems(result.entries, { snapshot, rules, today: options.today, focus }));
  return result;
}

/**
 * What saving `file` would break: its own problems, and those it would cause in other files (a
 * published page left linking to an entry turned into a draft), but not the problems other files
 * already had. `before` is the result of {@link checkContent} on `snapshot`, computed once.
 */
export function checkSave<Helpers>(
  snapshot: ContentSnapshot,
  file: SnapshotFile,
  options: CheckOptions<Helpers>,
  before: CheckResult = checkContent(snapshot, options),
): ContentProblem[] {
  const after = checkContent(withFile(snapshot, file), options, file.path);
  const known = new Set(before.problems.filter((problem) => problem.file !== file.path).map(problemKey));
  return after.problems.filter((problem) => problem.file === file.path || !known.has(problemKey(problem)));
}

const problemKey = (problem: ContentProblem) => `${problem.file}\u0000${problem.field ?? ''}\u0000${problem.message}`;
