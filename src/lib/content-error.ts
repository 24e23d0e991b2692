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

/** Problems grouped by file, in the order found. */
export function problemsByFile(problems: readonly ContentProblem[]): Map<string, ContentProblem[]> {
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  return byFile;
}

/**
 * Renders every problem for the build's log, grouped by file, one line per field, and closes
 * with a summary naming each faulty file: an editor reading a failed publish fixes them all in
 * one round instead of one rebuild per mistake.
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = problemsByFile(problems);
  const lines = [`Nội dung có lỗi, trang web chưa được tạo (${problems.length} lỗi trong ${byFile.size} tệp):`];
  for (const [file, fileProblems] of byFile) {
    lines.push('', `Tệp ${file}`);
    for (const problem of fileProblems) lines.push(`  - ${problem.field ? `trường "${problem.field}": ` : ''}${problem.message}`);
  }
  lines.push(
    '',
    `Tóm tắt: ${problems.length} lỗi trong ${byFile.size} tệp: ${[...byFile].map(([file, list]) => `${file} (${list.length})`).join(', ')}.`,
    'Sửa các lỗi trên rồi lưu lại; trang web đang chạy vẫn giữ nguyên như trước.',
  );
  return lines.join('\n');
}
