/**
 * Contact sheets of every template for design review: one page of each template (the same
 * pages the browser tests visit), at 360, 768 and 1280 px, light and dark, composed with sharp
 * into one WebP per template under docs/screenshots/. Run after `npm run build`:
 * `npm run screenshots`. Each shot is the top of the page (up to MAX_HEIGHT CSS pixels), scaled down.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';
import { templatePages } from '../tests/support/templates.ts';

const OUT_DIR = path.resolve('docs/screenshots');
const WIDTHS = [360, 768, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** How much of each page is shown, in CSS pixels: the first screens are what the review is about. */
const MAX_HEIGHT = 2200;
/** Sheet pixels per CSS pixel. */
const SCALE = 0.45;
const GAP = 24;
const LABEL = 44;
const QUALITY = 62;

/** A text label as an image (Pango through sharp). */
function label(text: string, width: number): Promise<Buffer> {
  return sharp({ text: { text: `<span foreground="#1f1a17">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</span>`, font: 'sans 15', width, rgba: true, dpi: 96 } })
    .png()
    .toBuffer();
}

const [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
await rm(OUT_DIR, { recursive: true, force: true });
await mkdir(OUT_DIR, { recursive: true });
const index: string[] = [];
try {
  for (const { name, path: pagePath } of templatePages()) {
    if (!pagePath) continue;
    const tiles: { input: Buffer; left: number; top: number }[] = [];
    let sheetWidth = GAP;
    let rowHeights = [0, 0];
    const columns: { left: number; width: number }[] = [];
    for (const width of WIDTHS) {
      columns.push({ left: sheetWidth, width: Math.round(width * SCALE) });
      sheetWidth += Math.round(width * SCALE) + GAP;
    }
    const shots: Buffer[][] = [];
    for (const [row, scheme] of SCHEMES.entries()) {
      shots[row] = [];
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
        const page = await context.newPage();
        await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
        const shot = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width, height } });
        await context.close();
        const scaled = await sharp(shot).resize({ width: Math.round(width * SCALE) }).png().toBuffer();
        shots[row]?.push(scaled);
        const { height: h = 0 } = await sharp(scaled).metadata();
        rowHeights[row] = Math.max(rowHeights[row] ?? 0, h);
      }
    }
    let top = LABEL + GAP;
    for (const [row, scheme] of SCHEMES.entries()) {
      for (const [column, shot] of (shots[row] ?? []).entries()) {
        const { left = 0 } = columns[column] ?? {};
        tiles.push({ input: await label(`${WIDTHS[column]} px · ${scheme}`, 400), left, top });
        tiles.push({ input: shot, left, top: top + 28 });
      }
      top += 28 + (rowHeights[row] ?? 0) + GAP;
    }
    tiles.unshift({ input: await label(`${name} — ${pagePath}`, sheetWidth - 2 * GAP), left: GAP, top: GAP / 2 });
    const file = `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.webp`;
    await sharp({ create: { width: sheetWidth, height: top, channels: 3, background: '#d8d2c8' } })
      .composite(tiles)
      .webp({ quality: QUALITY })
      .toFile(path.join(OUT_DIR, file));
    index.push(`- [${name}](${file}): \`${pagePath}\``);
    console.log(`${file}  ${pagePath}`);
  }
  await writeFile(
    path.join(OUT_DIR, 'README.md'),
    `# Screenshots\n\nOne sheet per template: 360, 768 and 1280 px wide, light (top row) and dark (bottom row), the first ${MAX_HEIGHT} CSS pixels of each page. Made by \`npm run screenshots\` after \`npm run build\`.\n\n${index.join('\n')}\n`,
  );
} finally {
  await browser.close();
  await server.close();
}
