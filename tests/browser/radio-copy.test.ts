/**
 * The radio pages in Chromium at phone size: "Sao chép bản đọc" puts exactly the script on the
 * clipboard; without the Clipboard API (old in-app browsers) the fallback still copies it, and
 * when nothing can copy it selects the script and says how to copy by hand; and the script is
 * large and fits a 360 px screen.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { phoneContext } from '../support/browser';
import { builtPages, distDir } from '../support/dist';
import { radioTextPath, sections } from '../../src/lib/routes';
import { ui } from '../../src/i18n/ui';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();

const radioPage = builtPages().find((page) => /^\/bai-viet\/[^/]+\/ban-doc\/$/.test(page.path))?.path ?? '';
const programmePage = builtPages().find((page) => /^\/phat-thanh\/\d{4}\/tuan-\d{2}\/$/.test(page.path))?.path ?? '';
/** The script as the .txt holds it, without the BOM and CRLF. */
const scriptFor = (itemPath: string) =>
  readFileSync(path.join(distDir, radioTextPath(itemPath.replace(/ban-doc\/$/, ''))), 'utf8')
    .replace(/^\uFEFF/u, '')
    .replace(/\r\n/gu, '\n');

/** Hides the Clipboard API as old WebViews lack it, keeping a handle for the test to read the clipboard. */
const removeClipboardApi = () => {
  Object.defineProperty(window, 'testClipboard', { value: navigator.clipboard });
  delete (Navigator.prototype as { clipboard?: Clipboard }).clipboard;
};

let context: BrowserContext;

/** A fresh phone-sized page allowed to use the clipboard, with an optional script run before the site's. */
async function openPage(sitePath: string, initScript?: () => void): Promise<Page> {
  await context?.close();
  context = await phoneContext(site.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  await page.goto(`${site.origin}${sitePath}`);
  return page;
}

/** The copy button's status line (a programme page has another, about the copy saved for reading without signal). */
const status = (page: Page) => page.locator('.radio-text__status');
const selection = (page: Page) => page.evaluate(() => getSelection()?.toString() ?? '');

describe('copying the script', () => {
  it('finds a radio page and a programme to test', () => {
    expect(radioPage).not.toBe('');
    expect(programmePage).not.toBe('');
  });

  it.each([
    ['an item', () => radioPage],
    ['a programme', () => programmePage],
  ])('copies exactly the script of %s with the Clipboard API', async (_, sitePath) => {
    const page = await openPage(sitePath());
    await page.getByRole('button', { name: ui.radio.copy }).click();
    await expect.poll(() => status(page).textContent()).toBe(ui.radio.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(scriptFor(sitePath()));
  });

  it('without the Clipboard API, still copies exactly the script (the old execCommand way)', async () => {
    const page = await openPage(radioPage, removeClipboardApi);
    expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
    await page.getByRole('button', { name: ui.radio.copy }).click();
    await expect.poll(() => status(page).textContent()).toBe(ui.radio.copied);
    const clipboard = await page.evaluate(() => (window as unknown as { testClipboard: Clipboard }).testClipboard.readText());
    expect(clipboard).toBe(scriptFor(radioPage));
  });

  it('when nothing can copy, selects the whole script and shows how to copy it by hand', async () => {
    const page = await openPage(radioPage, () => {
      delete (Navigator.prototype as { clipboard?: Clipboard }).clipboard;
      document.execCommand = () => false;
    });
    await page.getByRole('button', { name: ui.radio.copy }).click();
    await expect.poll(() => status(page).textContent()).toBe(ui.radio.copyFailed);
    expect(await selection(page)).toBe(scriptFor(radioPage));
  });
});

describe('on a phone 360 px wide', () => {
  it.each([
    ['an item radio page', () => radioPage, 1],
    ['a programme', () => programmePage, 1],
    ['the programme list', () => sections.radio, 0],
  ])('%s is readable and nothing overflows sideways', async (_, sitePath, scripts) => {
    const page = await openPage(sitePath());
    const script = page.locator('[data-radio-text]');
    expect(await script.count()).toBe(scripts);
    const fontSizes = await script.evaluateAll((elements) =>
      elements.map((element) => Number.parseFloat(getComputedStyle(element).fontSize)),
    );
    for (const fontSize of fontSizes) expect(fontSize).toBeGreaterThanOrEqual(20);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.client).toBe(360);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
});
