/**
 * What the checker needs to know of each kind of content, as plain shapes: src/schemas/
 * collections.ts is the table that fills them, so this engine holds no schema of its own.
 */
import type { SnapshotFile } from './snapshot';

/** The outcome of a schema's safeParse, as Zod gives it. */
export type ParseOutcome =
  { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

/** A schema, as far as the checker uses it. */
export interface CheckableSchema {
  safeParse(value: unknown): ParseOutcome;
}

/** One kind of content: a folder of entry files, or one YAML file listing entries. */
export interface CollectionRule<Helpers> {
  /** Folder under the content folder ("articles"), for a folder of entries. */
  folder?: string;
  /** File types of a folder's entries ("mdx", "yaml"). */
  extensions?: readonly string[];
  /** File under the content folder ("localities.yaml"), for a list of entries. */
  file?: string;
  /** Builds the schema of one entry with helpers bound to the file being checked. */
  schema(helpers: Helpers): CheckableSchema;
  /** Id of a folder entry from its path under the content folder and its data; default: the folded file name. */
  id?: (file: string, data: Record<string, unknown>) => string;
  /** Why two files of this kind have the same id, in Vietnamese. */
  duplicateMessage?: (otherFile: string) => string;
}

/** The kind a file belongs to, with its name; undefined for images, attachments and files no kind reads. */
export function collectionOf<Helpers>(
  file: SnapshotFile,
  root: string,
  rules: Readonly<Record<string, CollectionRule<Helpers>>>,
): { name: string; rule: CollectionRule<Helpers> } | undefined {
  const inContent = file.path.slice(root.length + 1);
  for (const [name, rule] of Object.entries(rules)) {
    if (rule.file !== undefined && inContent === rule.file) return { name, rule };
    if (rule.folder === undefined || !inContent.startsWith(`${rule.folder}/`)) continue;
    const inFolder = inContent.slice(rule.folder.length + 1);
    const extension = inFolder.split('.').pop()?.toLowerCase() ?? '';
    // Astro's glob skips files and folders whose name starts with "_" (drafts kept aside, partials).
    if (rule.extensions?.includes(extension) && !inFolder.split('/').some((part) => part.startsWith('_'))) return { name, rule };
  }
  return undefined;
}
