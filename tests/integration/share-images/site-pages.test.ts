import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBuiltPages, pagePathOf } from '../../../src/integrations/share-images/site-pages.ts';

describe('pagePathOf', () => {
  it.each([
    ['index.html', '/'],
    [join('bai-viet', 'abc', 'index.html'), '/bai-viet/abc/'],
    ['404.html', '/404.html'],
  ])('maps %s to %s', (file, path) => {
    expect(pagePathOf(file)).toBe(path);
  });
});

describe('listBuiltPages', () => {
  it('finds every HTML file, sorted by page path, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'share-pages-'));
    try {
      await mkdir(join(dir, 'bai-viet', 'abc'), { recursive: true });
      await mkdir(join(dir, '_astro'));
      await Promise.all([
        writeFile(join(dir, 'index.html'), ''),
        writeFile(join(dir, '404.html'), ''),
        writeFile(join(dir, 'bai-viet', 'abc', 'index.html'), ''),
        writeFile(join(dir, '_astro', 'a.webp'), ''),
        writeFile(join(dir, 'sitemap-0.xml'), ''),
      ]);
      const pages = await listBuiltPages(dir);
      expect(pages.map((page) => page.pagePath)).toEqual(['/', '/404.html', '/bai-viet/abc/']);
      expect(pages[2]?.file).toBe(join(dir, 'bai-viet', 'abc', 'index.html'));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
