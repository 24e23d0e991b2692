/**
 * The posters for notice boards, printed by Chromium as an office PC's browser prints them: every
 * poster of the built site comes out on exactly one sheet at its size (A4 and A3, counted with
 * pdf-lib), no text overflows its box (so nothing is cut at the sheet's edge), and its QR code,
 * read back from the pixels Chromium drew with a QR reader (jsQR), opens the item's absolute URL.
 */
import { PDFDocument } from 'pdf-lib';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { POSTER_STEPS } from '../../src/lib/poster/type-scale';
import { builtPage, builtPages } from '../support/dist';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();

/** The smallest title a poster may print, in millimetres on A4 (src/lib/poster/type-scale.ts). */
const MIN_TITLE_MM = POSTER_STEPS[POSTER_STEPS.length - 1]!.title;
const posters = builtPages()
  .map((page) => page.path)
  .filter((path) => /\/ap-phich\/(a3\/)?$/.test(path));

/** The item a poster belongs to: its path without ap-phich/…, and the absolute URL its page names as its own. */
function itemOf(posterPath: string): { path: string; url: string | undefined } {
  const path = posterPath.replace(/ap-phich\/(a3\/)?$/, '');
  return { path, url: builtPage(path).root.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? undefined };
}

describe('Áp phích in cho bảng tin', () => {
  it('has a poster at both sizes for the items that have one', () => {
    expect(posters.filter((path) => path.endsWith('/a3/')).length).toBe(posters.length / 2);
    for (const section of ['/cau-hoi-hang-tuan/', '/tam-guong-binh-di/', '/mo-hinh/', '/so-lieu/'])
      expect(posters.some((path) => path.startsWith(section))).toBe(true);
  });

  it(
    'prints every poster on one sheet of its size, with nothing cut, and a QR code that opens the item',
    async () => {
      const started = performance.now();
      const context = await site.browser.newContext({ viewport: { width: 1400, height: 2100 } });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of posters) {
        const size = path.endsWith('/a3/') ? 'A3' : 'A4';
        await page.goto(`${site.origin}${path}`);
        await page.evaluate(() => document.fonts.ready);
        await page.emulateMedia({ media: 'print' });
        // The sheet's own size and type: a poster whose style did not apply would still fit one page, in small print.
        const drawn = await page.evaluate(() => ({
          width: document.querySelector('.poster')?.getBoundingClientRect().width ?? 0,
          title: parseFloat(getComputedStyle(document.querySelector('.poster__title')!).fontSize),
        }));
        const mm = (96 / 25.4) * (size === 'A3' ? Math.SQRT2 : 1);
        if (Math.abs(drawn.width - 210 * mm) > 2) problems.push(`${path}: poster ${drawn.width} px wide, not ${size}`);
        if (drawn.title < MIN_TITLE_MM * mm) problems.push(`${path}: title set at ${drawn.title} px, under ${MIN_TITLE_MM} mm`);
        const overflowing = await page.evaluate(() =>
          [document.querySelector('.poster'), ...document.querySelectorAll('.poster *')]
            .filter((element): element is HTMLElement => element instanceof HTMLElement && !element.closest('svg'))
            .filter((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1)
            .filter((element) => getComputedStyle(element).display !== 'inline')
            .map((element) => `${element.className || element.tagName}`),
        );
        if (overflowing.length) problems.push(`${path}: text overflows ${overflowing.join(', ')}`);
        const pdf = await page.pdf({ format: size, printBackground: true });
        const sheets = (await PDFDocument.load(pdf)).getPageCount();
        if (sheets !== 1) problems.push(`${path}: ${sheets} sheets on ${size}`);
        const [mediaBox] = (await PDFDocument.load(pdf)).getPages().map((sheet) => sheet.getSize());
        const expectedWidth = size === 'A4' ? 595 : 842;
        if (Math.abs((mediaBox?.width ?? 0) - expectedWidth) > 2) problems.push(`${path}: sheet ${mediaBox?.width} pt wide, not ${size}`);
        await page.emulateMedia({ media: 'screen' });
        const shot = await page.locator('.poster__qr').screenshot();
        const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
        const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
        const expected = itemOf(path).url;
        if (!expected || decoded?.data !== expected) problems.push(`${path}: QR reads ${decoded?.data ?? 'nothing'}, not ${expected}`);
      }
      await context.close();
      console.info(`${posters.length} posters printed and read in ${Math.round(performance.now() - started)} ms`);
      expect(problems).toEqual([]);
    },
    15 * 60_000,
  );
});
