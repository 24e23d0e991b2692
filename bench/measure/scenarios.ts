/**
 * Editors' changes the build benchmark applies one after another to its copy of the corpus,
 * each followed by a warm build: what a provincial site's day of publishing looks like.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One change and the build date to build it with. */
export interface Scenario {
  name: (typeof SCENARIOS)[number];
  label: string;
  /** Changes the corpus copy in `dir`; returns the build date to use from now on. */
  apply(dir: string, today: string): string;
}

/** The scenarios, in the order they run after the warm build. */
export const SCENARIOS = ['edit-body', 'edit-title', 'add-article', 'rename-locality', 'publish-scheduled'] as const;

/** Id of the article the benchmark adds, scheduled for the day after the corpus's today. */
const SCHEDULED = 'bai-hen-ngay-bench';

/** The day after an ISO date. */
export function nextDay(day: string): string {
  return new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10);
}

/** Articles of the corpus, sorted, so every run edits the same ones. */
function articleFiles(dir: string): string[] {
  return readdirSync(path.join(dir, 'articles'))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith(SCHEDULED))
    .sort()
    .map((name) => path.join(dir, 'articles', name));
}

function replaceIn(file: string, from: RegExp, to: (match: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`Scenario change did not apply to ${file}: ${String(from)}`);
  writeFileSync(file, next);
}

/** A copy of an article with another id, title and date. */
function writeArticleCopy(dir: string, id: string, title: string, day: string): void {
  const [source] = articleFiles(dir);
  if (!source) throw new Error(`No article in ${dir}`);
  const text = readFileSync(source, 'utf8')
    .replace(/^title: .*$/m, `title: ${title}`)
    .replace(/^pubDate: .*$/m, `pubDate: ${day}`);
  writeFileSync(path.join(dir, 'articles', `${id}.mdx`), text);
}

/**
 * Copies the corpus into `copy` for one round, with one article scheduled for the day after
 * `today` (published by the last scenario).
 */
export function prepareCorpusCopy(corpus: string, copy: string, today: string): void {
  rmSync(copy, { recursive: true, force: true });
  cpSync(corpus, copy, { recursive: true });
  writeArticleCopy(copy, SCHEDULED, 'Bài hẹn ngày đăng của phép đo', nextDay(today));
}

/** The scenarios, by name. */
export const scenarios: Scenario[] = [
  {
    name: 'edit-body',
    label: 'Edit one article’s body',
    apply: (dir, today) => {
      const file = articleFiles(dir)[Math.floor(articleFiles(dir).length / 2)] as string;
      replaceIn(file, /\n*$/, () => '\n\nĐoạn văn thêm vào khi biên tập lại bài.\n');
      return today;
    },
  },
  {
    name: 'edit-title',
    label: 'Edit one article’s title',
    apply: (dir, today) => {
      const file = articleFiles(dir)[Math.floor(articleFiles(dir).length / 3)] as string;
      replaceIn(file, /^title: .*$/m, (line) => `${line} (đã sửa)`);
      return today;
    },
  },
  {
    name: 'add-article',
    label: 'Add one article',
    apply: (dir, today) => {
      writeArticleCopy(dir, 'bai-moi-cua-phep-do', 'Bài mới đăng của phép đo', today);
      return today;
    },
  },
  {
    name: 'rename-locality',
    label: 'Rename one locality',
    apply: (dir, today) => {
      replaceIn(path.join(dir, 'localities.yaml'), /^(\s*name: )Đăk Hà$/m, (line) => `${line} (tên mới)`);
      return today;
    },
  },
  {
    name: 'publish-scheduled',
    label: 'Publish a scheduled item (build date moves)',
    apply: (_dir, today) => nextDay(today),
  },
];
