/**
 * Rules no single file can check: two files with one address, a week with two questions, two
 * stories in one place of a collection, a link to an entry that does not exist or is not
 * published, an attachment that is missing or too heavy, an id that takes a list page's URL.
 */
import { findAttachmentProblems } from '../attachments';
import type { ContentProblem } from '../content-error';
import { findDuplicateOrders, findInvalidWeeks, findReservedIds } from '../content-integrity';
import { findLinkProblems, type LinkingEntry } from '../content-links';
import { isPublished, type Dated } from '../publishing';
import type { CollectionRule } from './collection-rules';
import type { CheckedEntry } from './read-entry';
import { folderOf, resolveRelative, type ContentSnapshot } from './snapshot';

/** Kinds other entries may link to. */
const LINK_TARGETS = new Set(['localities', 'storyCollections', 'stories', 'exemplars', 'articles', 'contests']);

/** Why two files of a kind have one id, when the kind does not say it better. */
const SAME_ADDRESS = (other: string) => `Trùng địa chỉ với tệp ${other}: hai tệp cho cùng một đường dẫn. Hãy đổi tên một tệp.`;

/** What the rules need besides the entries. */
export interface CrossFileContext {
  snapshot: ContentSnapshot;
  rules: Readonly<Record<string, CollectionRule<unknown>>>;
  /** The build's day: later entries are scheduled, not published. */
  today: Date;
  /** A file being saved: of two files with one id, the problem is reported on this one. */
  focus?: string;
}

/** Every problem across files. */
export function crossFileProblems(entries: readonly CheckedEntry[], context: CrossFileContext): ContentProblem[] {
  // Rules that read an entry's fields skip entries whose fields the schema refused (already reported).
  const byKind = (name: string) => entries.filter((entry) => entry.collection === name && entry.valid);
  const linking = entries.map((entry): LinkingEntry => ({
    collection: entry.collection,
    id: entry.id,
    filePath: entry.file,
    data: entry.data,
  }));
  const live = (entry: LinkingEntry) => !('pubDate' in entry.data) || isPublished(entry as unknown as Dated, context.today);
  return [
    ...duplicateIds(entries, context),
    ...findReservedIds(entries),
    ...findLinkProblems(
      linking,
      linking.filter((entry) => LINK_TARGETS.has(entry.collection)),
      live,
    ),
    ...findAttachmentProblems(
      byKind('documents').map((document) => {
        const written = String((document.data.attachment as { file?: unknown } | undefined)?.file ?? '');
        const target = resolveRelative(folderOf(document.file), written);
        return { file: document.file, path: written, bytes: target === undefined ? undefined : context.snapshot.files.get(target)?.bytes };
      }),
    ),
    ...findDuplicateOrders(
      byKind('stories').map((story) => ({
        file: story.file,
        collection: (story.data.collection as { id: string }).id,
        order: story.data.order as number,
      })),
    ),
    ...findInvalidWeeks(
      byKind('questions').map((question) => ({
        file: question.file,
        year: question.data.year as number,
        week: question.data.week as number,
        onThisDay: (question.data.onThisDay as { date: Date }).date,
      })),
    ),
  ];
}

/** Two files of a folder kind that give one id (one URL, or one week for questions). */
function duplicateIds(entries: readonly CheckedEntry[], context: CrossFileContext): ContentProblem[] {
  const inOrder = [...entries].sort(
    (a, b) => Number(a.file === context.focus) - Number(b.file === context.focus) || a.file.localeCompare(b.file),
  );
  const first = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of inOrder) {
    const rule = context.rules[entry.collection];
    if (!rule || rule.folder === undefined) continue;
    const key = `${entry.collection}#${entry.id}`;
    const other = first.get(key);
    if (other === undefined) first.set(key, entry.file);
    else if (other !== entry.file) problems.push({ file: entry.file, message: (rule.duplicateMessage ?? SAME_ADDRESS)(other) });
  }
  return problems;
}
