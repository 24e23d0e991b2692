import { access, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../src/integrations/search-index/index.ts';

const page = (title: string, text: string): string =>
  `<!doctype html><html lang="vi"><head><title>${title}</title></head><body><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article></body></html>`;

const pages: Record<string, string> = {
  'bai-viet/nguoi-thay-giao/index.html': page('Người thầy giáo ở làng Kon Kơ Tu', 'Ba mươi năm gieo chữ cho trẻ em làng.'),
  'tam-guong/nu-y-ta/index.html': page('Nữ y tá vùng biên', 'Chị đi bộ qua suối để tiêm phòng cho trẻ.'),
  'ke-chuyen-bac-ho/chiec-ao/index.html': page('Chiếc áo của Bác', 'Bác mặc chiếc áo vá suốt nhiều năm.'),
  // A list page: no data-pagefind-body, so it stays out of the index.
  'index.html': '<!doctype html><html lang="vi"><body><h1>Làm theo Bác</h1></body></html>',
};

let root: string;
let siteDir: string;
let cacheDir: string;
let runs = 0;

/** Builds the index of the site into a fresh folder; returns the folder and what the build did. */
async function run() {
  const outputPath = join(root, `out-${++runs}`);
  return { outputPath, ...(await buildSearchIndex({ siteDir, outputPath, cacheDir })) };
}

/** Every file of a folder, relative path to bytes. */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return new Map(
    await Promise.all(
      names.map(
        async (entry) =>
          [join(entry.parentPath, entry.name).slice(dir.length + 1), await readFile(join(entry.parentPath, entry.name))] as const,
      ),
    ),
  );
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'search-index-cache-'));
  siteDir = join(root, 'dist');
  cacheDir = join(root, 'cache', 'search-index');
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(join(siteDir, file, '..'), { recursive: true });
    await writeFile(join(siteDir, file), html);
  }
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('buildSearchIndex with a cache', () => {
  let first: Awaited<ReturnType<typeof run>>;

  it('indexes on the first build and writes the same bundle as without a cache', async () => {
    first = await run();
    expect(first).toMatchObject({ pages: 3, reused: false });
    await access(join(first.outputPath, 'pagefind-entry.json'));
    await expect(access(join(first.outputPath, 'pagefind-ui.js'))).rejects.toThrow();
    expect(await readdir(cacheDir)).toHaveLength(1);
    const uncached = join(root, 'uncached');
    expect(await buildSearchIndex({ siteDir, outputPath: uncached })).toEqual({ pages: 3, reused: false });
    expect(await files(first.outputPath)).toEqual(await files(uncached));
  });

  it('copies the same bundle, byte for byte, when no page changed', async () => {
    const second = await run();
    expect(second).toMatchObject({ pages: 3, reused: true });
    const before = await files(first.outputPath);
    const after = await files(second.outputPath);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(after.get(name)?.equals(bytes), name).toBe(true);
  });

  it('indexes again when a page’s text changes, keeping only the new bundle', async () => {
    const [oldKey] = await readdir(cacheDir);
    await writeFile(join(siteDir, 'tam-guong/nu-y-ta/index.html'), page('Nữ y tá vùng biên', 'Chị lội suối ba giờ để tiêm phòng cho trẻ.'));
    expect(await run()).toMatchObject({ pages: 3, reused: false });
    const entries = await readdir(cacheDir);
    expect(entries).toHaveLength(1);
    expect(entries[0]).not.toBe(oldKey);
    expect(await run()).toMatchObject({ reused: true });
  });

  it('ignores an entry whose storing never finished', async () => {
    const [key] = await readdir(cacheDir);
    await rm(join(cacheDir, key!, 'complete'));
    const rebuilt = await run();
    expect(rebuilt).toMatchObject({ pages: 3, reused: false });
    await access(join(rebuilt.outputPath, 'pagefind-entry.json'));
    expect(await readdir(cacheDir)).toEqual([key]);
    await access(join(cacheDir, key!, 'complete'));
  });
});
