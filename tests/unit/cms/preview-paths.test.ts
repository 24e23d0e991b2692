/**
 * "Xem trên trang web": for every entry of the site's content and of the valid fixture, the
 * address the CMS makes from its kind's preview_path (filled in as Sveltia CMS fills it: the
 * file's name and folder, the entry's fields) is the address the site gives its page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteCmsConfig } from '../../../src/cms/config/site-config';
import { readSnapshot } from '../../../src/data/content-snapshot';
import { checkContent } from '../../../src/lib/content-check/check-content';
import type { CheckedEntry } from '../../../src/lib/content-check/read-entry';
import { parseDocument } from '../../../src/lib/frontmatter';
import {
  articlePath,
  chartPath,
  collectionPath,
  documentPath,
  exemplarPath,
  modelPath,
  questionPath,
  storyPath,
} from '../../../src/lib/routes';
import { parse as parseYaml } from 'yaml';
import { siteCheckOptions } from '../../../src/schemas/check';
import { contentCollections } from '../../../src/schemas/collections';

/** The page of an entry, as the site's routes make it. */
const pageOf: Record<string, (entry: CheckedEntry) => string> = {
  articles: (entry) => articlePath(entry.id),
  stories: (entry) => storyPath((entry.data.collection as { id: string }).id, entry.id),
  storyCollections: (entry) => collectionPath(entry.id),
  exemplars: (entry) => exemplarPath(entry.id),
  questions: (entry) => questionPath(entry.data.year as number, entry.data.week as number),
  documents: (entry) => documentPath(entry.id),
  models: (entry) => modelPath(entry.id),
  charts: (entry) => chartPath(entry.id),
};

const { config } = siteCmsConfig(contentCollections, 'https://example.org/');
const collections = config.collections as { name: string; folder?: string; preview_path?: string }[];

/** A template filled in as Sveltia CMS does for an entry's file and raw fields. */
function fill(template: string, file: string, folder: string, fields: Record<string, unknown>): string {
  const inFolder = file.slice(folder.length + 1);
  const name = (inFolder.split('/').pop() ?? '').split('.')[0] ?? '';
  const dirname = inFolder.includes('/') ? inFolder.slice(0, inFolder.lastIndexOf('/')) : '';
  return template
    .replaceAll('{{filename}}', name)
    .replaceAll('{{dirname}}', dirname)
    .replace(/\{\{fields\.(\w+)\}\}/g, (_, key: string) => String(fields[key]));
}

describe('preview paths', () => {
  it('are set for exactly the kinds that have pages', () => {
    expect(collections.filter((collection) => collection.preview_path).map((collection) => collection.name)).toEqual(
      Object.keys(pageOf).sort((a, b) => collections.findIndex((c) => c.name === a) - collections.findIndex((c) => c.name === b)),
    );
  });

  // Checking the whole of content/ takes seconds, more on a busy machine: hence the minute.
  it.each(['content', 'tests/fixtures/valid-content'])(
    'open each page of %s',
    async (folder) => {
      const snapshot = await readSnapshot(path.resolve(folder), process.cwd());
      const { entries, problems } = checkContent(snapshot, siteCheckOptions(new Date('2030-01-01')));
      expect(problems).toEqual([]);
      let checked = 0;
      for (const entry of entries) {
        const collection = collections.find((candidate) => candidate.name === entry.collection);
        if (!collection?.preview_path || !entry.valid) continue;
        const text = readFileSync(entry.file, 'utf8');
        const fields = entry.file.endsWith('.mdx') || entry.file.endsWith('.md') ? parseDocument(text, entry.file).data : parseYaml(text);
        const kindFolder = `${snapshot.root}/${path.relative('content', collection.folder ?? '')}`;
        expect(fill(collection.preview_path, entry.file, kindFolder, fields as Record<string, unknown>), entry.file).toBe(
          pageOf[entry.collection]?.(entry),
        );
        checked += 1;
      }
      expect(checked).toBeGreaterThan(7);
    },
    60_000,
  );
});
