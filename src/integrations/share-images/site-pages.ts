/** Finds the HTML pages of a built site and the page path each one is served at. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** One built page: its file and the path readers (and shareImagePath) know it by. */
export interface BuiltPage {
  file: string;
  pagePath: string;
}

/** Maps a file path inside dist/ to its page path: "bai-viet/abc/index.html" → "/bai-viet/abc/", "404.html" → "/404.html". */
export function pagePathOf(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Lists every .html file under the built site folder, sorted for stable output. */
export async function listBuiltPages(dir: string): Promise<BuiltPage[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, pagePath: pagePathOf(relative(dir, file)) };
    })
    .sort((a, b) => a.pagePath.localeCompare(b.pagePath));
}
