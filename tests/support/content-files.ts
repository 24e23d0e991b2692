/**
 * Content entries read straight from the files, independently of Astro, so build tests can
 * check the site against what editors wrote.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYamlText } from 'yaml';
import { buildDate } from '../../src/data/build-date';
import { toIsoDate } from '../../src/lib/dates';
import { parseDocument } from '../../src/lib/frontmatter';
import { slugFromFileName } from '../../src/lib/slug';
import { listFiles } from './dist';

/** The content folder the site was built from (CONTENT_DIR, as for the build). */
export const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');

/** Front matter (or a YAML file's data). */
export type Data = Record<string, unknown>;

/** One published entry: its id, its file relative to the folder and on disk, its data. */
export interface ContentEntry {
  id: string;
  file: string;
  absolutePath: string;
  data: Data;
}

/**
 * Published entries of a content folder: files matching `pattern` (MDX by default), not under
 * a "_" name, not drafts and not dated after the build's day.
 */
export function publishedEntries(folder: string, pattern = /\.mdx?$/): ContentEntry[] {
  const dir = path.join(contentDir, folder);
  if (!existsSync(dir)) return [];
  const today = toIsoDate(buildDate());
  return listFiles(dir)
    .filter((file) => pattern.test(file) && !file.split('/').some((part) => part.startsWith('_')))
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const data = (/\.mdx?$/.test(file) ? parseDocument(text, file).data : parseYamlText(text)) as Data;
      return { id: slugFromFileName(file), file, absolutePath: path.join(dir, file), data };
    })
    .filter(({ data }) => data.draft !== true && String(data.pubDate) <= today);
}
