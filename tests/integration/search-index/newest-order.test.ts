import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/integrations/search-index/index.ts';
import { NEWEST_ORDER_FILE } from '../../../src/lib/search/newest-order.ts';

const page = (title: string, date?: string): string =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><article data-pagefind-body><h1>${title}</h1>` +
  `${date ? `<span hidden data-pagefind-meta="date:${date}"></span>` : ''}<p>Đạo đức, phong cách.</p></article></body></html>`;

const pages: Record<string, string> = {
  'a/index.html': page('Bài cũ', '2019-05-19'),
  'b/index.html': page('Bài mới', '2026-11-30'),
  'c/index.html': page('Bài không ngày'),
  'd/index.html': page('Bài giữa', '2024-09-02'),
};

let root: string;
let outputPath: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'search-index-newest-'));
  const siteDir = join(root, 'dist');
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(join(siteDir, file, '..'), { recursive: true });
    await writeFile(join(siteDir, file), html);
  }
  outputPath = join(root, 'pagefind');
  await buildSearchIndex({ siteDir, outputPath });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the newest-first order beside the bundle', () => {
  it('lists every indexed page by its result id, newest first, undated last', async () => {
    const ids = JSON.parse(await readFile(join(outputPath, NEWEST_ORDER_FILE), 'utf8')) as string[];
    const urls = await Promise.all(
      ids.map(async (id) => {
        const text = gunzipSync(await readFile(join(outputPath, 'fragment', `${id}.pf_fragment`))).toString('utf8');
        return (JSON.parse(text.replace(/^pagefind_dcd/u, '')) as { url: string }).url;
      }),
    );
    expect(urls).toEqual(['/b/', '/d/', '/a/', '/c/']);
  });
});
