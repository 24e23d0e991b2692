import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateShareImages, type ShareImageLogger } from '../../../src/integrations/share-images/generate.ts';
import { shareImagePath } from '../../../src/lib/share-image/paths.ts';
import { pagePathOf } from '../../../src/integrations/share-images/site-pages.ts';

const page = (head: string, body = '<body>'): string =>
  `<!doctype html><html lang="vi"><head>${head}</head>${body}<main>…</main></body></html>`;

const pages: Record<string, string> = {
  'index.html': page('<title>Làm theo Bác</title><meta property="og:title" content="Học tập và làm theo Bác">'),
  'bai-viet/nguoi-thay-giao/index.html': page(
    '<meta property="og:title" content="Người thầy giáo ở làng Kon Kơ Tu: ba mươi năm gieo chữ">',
    '<body data-share-kind="Bài viết"><img data-share-photo src="/_astro/thay-giao.a1b2c3.webp" alt="">',
  ),
  'tam-guong-binh-di/index.html': page(
    '<meta property="og:title" content="Tấm gương bình dị">',
    '<body data-share-kind="Tấm gương"><img data-share-photo src="/_astro/khong-co.webp" alt="">',
  ),
  '404.html': page('<meta name="robots" content="noindex"><title>Không tìm thấy trang</title>'),
  'khong-tim-thay/index.html': page('<title>Không tìm thấy trang</title>'),
  'bai-viet/nguoi-thay-giao/ban-doc/index.html': page(
    '<meta property="og:title" content="Bản đọc: Người thầy giáo"><meta property="og:image" content="https://site.example/og/bai-viet/nguoi-thay-giao.jpg">',
  ),
};
const ownImagePages = Object.keys(pages).filter((file) => !file.includes('/ban-doc/'));

let root: string;
let dir: string;
let cacheDir: string;
let markFile: string;
const warnings: string[] = [];
const logger: ShareImageLogger = { info: () => undefined, warn: (message) => warnings.push(message) };
const run = () => generateShareImages({ dir, cacheDir, siteName: 'Làm theo Bác', markFile, logger, threads: 2 });

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'share-images-'));
  dir = join(root, 'dist');
  cacheDir = join(root, 'cache');
  markFile = join(root, 'mark.svg');
  await writeFile(
    markFile,
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#8b1a1a"/><circle cx="32" cy="32" r="16" fill="#e0b84c"/></svg>',
  );
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), html);
  }
  await mkdir(join(dir, '_astro'));
  await sharp({ create: { width: 800, height: 600, channels: 3, background: '#3b6e8f' } })
    .webp()
    .toFile(join(dir, '_astro', 'thay-giao.a1b2c3.webp'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('generateShareImages', () => {
  it('gives every page a 1200×630 JPEG where shareImagePath says, drawing identical cards once', async () => {
    const report = await run();
    expect(report).toMatchObject({ pages: 5, rendered: 4, cached: 1 });
    for (const file of ownImagePages) {
      const image = join(dir, ...shareImagePath(pagePathOf(file)).split('/'));
      expect(await sharp(image).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
      expect((await stat(image)).size).toBeLessThan(300 * 1024);
    }
    expect(shareImagePath('/404.html')).toBe('/og/404.jpg');
  });

  it('draws nothing for a page whose og:image borrows another page’s image', async () => {
    await expect(stat(join(dir, ...shareImagePath('/bai-viet/nguoi-thay-giao/ban-doc/').split('/')))).rejects.toThrow();
  });

  it('draws the photo into the card of the page that has one', async () => {
    const card = join(dir, 'og', 'bai-viet', 'nguoi-thay-giao.jpg');
    const panel = await sharp(card).extract({ left: 900, top: 200, width: 200, height: 200 }).toBuffer();
    const [red, , blue] = (await sharp(panel).stats()).channels.map((channel) => channel.mean);
    expect(blue).toBeGreaterThan(red ?? 255);
  });

  it('warns about a missing photo and still draws the card', () => {
    expect(warnings.some((message) => message.includes('/tam-guong-binh-di/') && message.includes('khong-co.webp'))).toBe(true);
  });

  it('draws nothing on a rebuild with unchanged content, copying identical bytes from the cache', async () => {
    const before = await readFile(join(dir, 'og', 'index.jpg'));
    await rm(join(dir, 'og'), { recursive: true });
    expect(await run()).toMatchObject({ pages: 5, rendered: 0, cached: 5 });
    expect((await readFile(join(dir, 'og', 'index.jpg'))).equals(before)).toBe(true);
    // Linked, not copied: the rebuild wrote no image bytes.
    expect((await stat(join(dir, 'og', 'index.jpg'))).nlink).toBe(2);
  });

  it('redraws only the page whose title changed', async () => {
    await writeFile(
      join(dir, 'index.html'),
      page('<meta property="og:title" content="Học tập và làm theo tấm gương đạo đức Hồ Chí Minh">'),
    );
    expect(await run()).toMatchObject({ pages: 5, rendered: 1, cached: 4 });
  });

  it('never changes a cached image through a link when a page that shared it gets a new card', async () => {
    // 404.html and khong-tim-thay/ show the same card, so both are links to one cached file.
    const twin = join(dir, ...shareImagePath('/khong-tim-thay/').split('/'));
    const before = await readFile(twin);
    await writeFile(join(dir, '404.html'), page('<meta name="robots" content="noindex"><title>Trang này đã chuyển đi</title>'));
    expect(await run()).toMatchObject({ rendered: 1 });
    expect((await readFile(twin)).equals(before)).toBe(true);
    expect((await readFile(join(dir, ...shareImagePath('/404.html').split('/')))).equals(before)).toBe(false);
  });
});
