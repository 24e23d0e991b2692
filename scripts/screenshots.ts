/**
 * Contact sheets of every template for design review: one page of each template (the same
 * pages the browser tests visit), at 360, 768 and 1280 px, light and dark, composed with sharp
 * into one WebP per template under docs/screenshots/. Run after `npm run build`:
 * `npm run screenshots`. Each shot is the top of the page (up to MAX_HEIGHT CSS pixels), scaled down.
 * Sheets are made again each run; subfolders (before-after/, the pairs a closing note shows) are kept.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
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
  return sharp({
    text: {
      text: `<span foreground="#1f1a17">${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</span>`,
      font: 'sans 15',
      width,
      rgba: true,
      dpi: 96,
    },
  })
    .png()
    .toBuffer();
}

const [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
await mkdir(OUT_DIR, { recursive: true });
for (const file of await readdir(OUT_DIR)) if (file.endsWith('.webp')) await rm(path.join(OUT_DIR, file));
const index: string[] = [];
try {
  // One tab per width and scheme, reused for every template.
  const tabs = await Promise.all(
    SCHEMES.flatMap((scheme) =>
      WIDTHS.map(async (width) => {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          deviceScaleFactor: 1,
          colorScheme: scheme,
          locale: 'vi-VN',
          timezoneId: 'Asia/Ho_Chi_Minh',
        });
        return { scheme, width, page: await context.newPage() };
      }),
    ),
  );
  const columns = WIDTHS.map((width, column) => ({
    width,
    left: GAP + WIDTHS.slice(0, column).reduce((sum, w) => sum + Math.round(w * SCALE) + GAP, 0),
  }));
  const sheetWidth = GAP + WIDTHS.reduce((sum, width) => sum + Math.round(width * SCALE) + GAP, 0);
  for (const { name, path: pagePath } of templatePages()) {
    if (!pagePath) continue;
    const shots = new Map<string, Buffer>();
    for (const { scheme, width, page } of tabs) {
      await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
      const shot = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width, height }, type: 'jpeg', quality: 90 });
      shots.set(
        `${scheme} ${width}`,
        await sharp(shot)
          .resize({ width: Math.round(width * SCALE) })
          .png()
          .toBuffer(),
      );
    }
    const tiles: { input: Buffer; left: number; top: number }[] = [
      { input: await label(`${name} — ${pagePath}`, sheetWidth - 2 * GAP), left: GAP, top: GAP / 2 },
    ];
    let top = LABEL + GAP;
    for (const scheme of SCHEMES) {
      let rowHeight = 0;
      for (const { width, left } of columns) {
        const shot = shots.get(`${scheme} ${width}`) as Buffer;
        rowHeight = Math.max(rowHeight, (await sharp(shot).metadata()).height ?? 0);
        tiles.push({ input: await label(`${width} px · ${scheme}`, 400), left, top }, { input: shot, left, top: top + 28 });
      }
      top += 28 + rowHeight + GAP;
    }
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
    `# Screenshots\n\nOne sheet per template: 360, 768 and 1280 px wide, light (top row) and dark (bottom row), the first ${MAX_HEIGHT} CSS pixels of each page. Made by \`npm run screenshots\` after \`npm run build\`. Before and after a change to the look: [before-after/](before-after/README.md).\n\n${index.join('\n')}\n`,
  );
} finally {
  await browser.close();
  await server.close();
}
