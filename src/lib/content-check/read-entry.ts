/**
 * One content file, checked on its own: its text parsed strictly, its data held to its kind's
 * schema, its body held to what a body may contain, and the images it shows found. What one
 * file cannot know (another file's id, a week taken twice) is left to the rules across files.
 */
import { ContentError, type ContentProblem } from '../content-error';
import { cleanText, parseDocument, parseYaml } from '../frontmatter';
import { slugFromFileName } from '../slug';
import type { CollectionRule, ParseOutcome } from './collection-rules';
import { imageProblem } from './images';
import { checkMdxBody, type BodyFindings } from './mdx-body';
import type { ContentSnapshot, SnapshotFile } from './snapshot';

/** An entry that passed its own checks, as the rules across files read it. */
export interface CheckedEntry {
  /** Its kind. */
  collection: string;
  /** Its id (part of its URL). */
  id: string;
  /** The file it is written in, as editors see it. */
  file: string;
  /**
   * Its data as the schema gives it (references as { collection, id }, dates as Date); empty when
   * the schema refused it, so an entry with a mistake still exists for the rules across files and
   * its mistake is not reported a second time as a broken link from every entry naming it.
   */
  data: Record<string, unknown>;
  /** Whether its data passed its schema. */
  valid: boolean;
}

/** What reading a file gave. */
export interface ReadResult {
  entries: CheckedEntry[];
  problems: ContentProblem[];
}

/** Remembers what a body check found, by the body's text, so an unchanged body is not parsed again. */
export interface BodyMemo {
  get(body: string): BodyFindings | undefined;
  set(body: string, findings: BodyFindings): void;
}

/** What reading needs besides the file. */
export interface ReadContext<Helpers> {
  snapshot: ContentSnapshot;
  /** Schema helpers bound to one file (its images are resolved from its folder). */
  helpersFor(file: string): Helpers;
  bodies?: BodyMemo;
}

/** Reads one entry file of a folder kind. */
export function readFolderEntry<Helpers>(
  file: SnapshotFile,
  collection: { name: string; rule: CollectionRule<Helpers> },
  context: ReadContext<Helpers>,
): ReadResult {
  const text = file.text ?? '';
  let data: Record<string, unknown>;
  let body = '';
  let bodyLine = 1;
  try {
    if (/\.ya?ml$/i.test(file.path)) {
      const parsed = parseYaml(text, file.path);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return { entries: [], problems: [{ file: file.path, message: 'Tệp phải gồm các dòng "tên trường: giá trị".' }] };
      }
      data = parsed as Record<string, unknown>;
    } else {
      ({ data, body } = parseDocument(text, file.path));
      const clean = cleanText(text);
      bodyLine = clean.slice(0, clean.length - body.length).split('\n').length;
    }
  } catch (error) {
    return { entries: [], problems: problemsOf(error) };
  }
  const parsed = collection.rule.schema(context.helpersFor(file.path)).safeParse(data);
  const problems = schemaProblems(file.path, parsed, '');
  if (body) problems.push(...bodyProblems(file.path, body, bodyLine, context));
  const inContent = file.path.slice(context.snapshot.root.length + 1);
  const id = collection.rule.id?.(inContent, data) ?? slugFromFileName(inContent);
  return { entries: [entryOf(collection.name, id, file.path, parsed)], problems };
}

/** Reads a YAML file listing entries, each with its own `id`. */
export function readListFile<Helpers>(
  file: SnapshotFile,
  collection: { name: string; rule: CollectionRule<Helpers> },
  context: ReadContext<Helpers>,
): ReadResult {
  let items: unknown;
  try {
    items = parseYaml(file.text ?? '', file.path) ?? [];
  } catch (error) {
    return { entries: [], problems: problemsOf(error) };
  }
  if (!Array.isArray(items)) {
    return { entries: [], problems: [{ file: file.path, message: 'Tệp phải là một danh sách, mỗi mục bắt đầu bằng "- id: …".' }] };
  }
  const schema = collection.rule.schema(context.helpersFor(file.path));
  const result: ReadResult = { entries: [], problems: [] };
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' || id.trim() === '') {
      result.problems.push({ file: file.path, field: `[${index}].id`, message: `Mục thứ ${index + 1} thiếu mã "id".` });
      return;
    }
    if (seen.has(id)) {
      result.problems.push({ file: file.path, field: `[${index}].id`, message: `Mã "${id}" bị trùng: mỗi mục một mã riêng.` });
      return;
    }
    seen.add(id);
    const parsed = schema.safeParse(item);
    result.problems.push(...schemaProblems(file.path, parsed, `${id}.`));
    result.entries.push(entryOf(collection.name, id, file.path, parsed));
  });
  return result;
}

function entryOf(collection: string, id: string, file: string, parsed: ParseOutcome): CheckedEntry {
  return parsed.success
    ? { collection, id, file, data: parsed.data as Record<string, unknown>, valid: true }
    : { collection, id, file, data: {}, valid: false };
}

/** A schema's issues as problems, each naming its field ("cover.alt", "bars[0].value"). */
function schemaProblems(file: string, outcome: ParseOutcome, prefix: string): ContentProblem[] {
  if (outcome.success) return [];
  return outcome.error.issues.map((issue) => {
    const field = issue.path.reduce<string>(
      (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
      '',
    );
    return { file, ...(prefix || field ? { field: `${prefix}${field}`.replace(/\.$/, '') } : {}), message: issue.message };
  });
}

/** A body's problems with file line numbers, and its images checked against the snapshot. */
function bodyProblems<Helpers>(file: string, body: string, firstLine: number, context: ReadContext<Helpers>): ContentProblem[] {
  let findings = context.bodies?.get(body);
  if (!findings) {
    findings = checkMdxBody(body);
    context.bodies?.set(body, findings);
  }
  const toFileLine = (message: string, line: number) => message.replace(/^Dòng \d+/, `Dòng ${line + firstLine - 1}`);
  return [
    ...findings.problems.map((problem) => ({ file, message: toFileLine(problem.message, problem.line) })),
    ...findings.images.flatMap((image) => {
      const problem = imageProblem(file, image.path, context.snapshot);
      return problem ? [{ file, message: `Dòng ${image.line + firstLine - 1}: ${problem}` }] : [];
    }),
  ];
}

/** The problems a parse error carries; anything else is a bug, not an editor's mistake. */
function problemsOf(error: unknown): ContentProblem[] {
  if (error instanceof ContentError) return [...error.problems];
  throw error;
}
