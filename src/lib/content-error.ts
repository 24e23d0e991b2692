/**
 * Problems found in editors' files. Every message names the file and the field in
 * plain Vietnamese, because the people who read them are editors, not programmers.
 */

/** One thing wrong in one file. */
export interface ContentProblem {
  /** Path of the file, relative to the project root (e.g. "content/articles/abc.mdx"). */
  file: string;
  /** Dotted path of the field at fault ("cover.alt"), when the problem is in one field. */
  field?: string;
  /** What is wrong and how to fix it, in Vietnamese. */
  message: string;
  /** Technical detail in English, for the developer who helps the editor. */
  detail?: string;
}

/** Thrown to stop the build when editors' files have problems; its message lists them all. */
export class ContentError extends Error {
  /** The problems, in the order found. */
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Renders problems grouped by file, one line per field, for the terminal. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const lines = [`Nội dung có lỗi, trang web chưa được tạo (${problems.length} lỗi):`];
  for (const [file, fileProblems] of byFile) {
    lines.push('', `Tệp ${file}`);
    for (const problem of fileProblems) {
      const where = problem.field ? `trường "${problem.field}": ` : '';
      const detail = problem.detail ? ` [${problem.detail}]` : '';
      lines.push(`  - ${where}${problem.message}${detail}`);
    }
  }
  return lines.join('\n');
}
