/**
 * A weekly question keeps its answer behind the tap: before "Xem đáp án" nothing that gives it
 * away is on screen (the answer, Bác's words, the "ngày này năm xưa" event, the related stories).
 * The home page's link lands with the answer open, with or without JavaScript, and print shows it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phoneContext } from '../support/browser';
import { builtPages } from '../support/dist';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();
const allQuestionPages = builtPages().filter((page) => /^\/cau-hoi-hang-tuan\/\d{4}\/tuan-\d{2}\/$/.test(page.path));
/** Every third week, and 2026 week 38, whose quotation is the answer itself. */
const questionPages = allQuestionPages.filter((page, index) => index % 3 === 0 || page.path.endsWith('/2026/tuan-38/'));

/** Texts on a question page that give its answer away, read from the built page itself. */
function giveaways(path: string): string[] {
  const root = questionPages.find((page) => page.path === path)?.root;
  const texts = [
    root?.querySelector('details.answer p')?.text,
    root?.querySelector('main .quote blockquote')?.text,
    root?.querySelector('main .on-this-day p')?.text,
    ...(root?.querySelectorAll('main .related-links a').map((link) => link.text) ?? []),
  ];
  return texts.map((text) => text?.replace(/\s+/g, ' ').trim() ?? '').filter((text) => text.length > 8);
}

/** Which of `texts` a reader can see on the page right now. */
function visibleOf(page: Page, texts: string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const shown = document.body.innerText.replace(/\s+/g, ' ');
    return wanted.filter((text) => shown.includes(text));
  }, texts);
}

describe('weekly question pages', () => {
  it('exist, each with something that would give the answer away', () => {
    expect(questionPages.length).toBeGreaterThan(0);
    for (const page of questionPages) expect(giveaways(page.path).length, page.path).toBeGreaterThanOrEqual(3);
  });

  it('show nothing of the answer before the tap, and all of it after', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    const leaks: string[] = [];
    const missing: string[] = [];
    for (const { path } of questionPages) {
      await page.goto(`${site.origin}${path}`);
      const texts = giveaways(path);
      leaks.push(...(await visibleOf(page, texts)).map((text) => `${path}: ${text.slice(0, 60)}`));
      await page.getByText('Xem đáp án', { exact: true }).click();
      const shown = await visibleOf(page, texts);
      missing.push(...texts.filter((text) => !shown.includes(text)).map((text) => `${path}: ${text.slice(0, 60)}`));
    }
    await context.close();
    expect(leaks).toEqual([]);
    expect(missing).toEqual([]);
  });

  it('land with the answer open from the home page’s “Xem đáp án” link', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    const link = page.locator('[data-week-questions] a.button:visible');
    expect(await link.getAttribute('href', { timeout: 5000 })).toMatch(/^\/cau-hoi-hang-tuan\/\d{4}\/tuan-\d{2}\/#dap-an$/);
    await link.click();
    await page.waitForURL(/#dap-an$/);
    expect(await page.locator('details.answer').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('#dap-an').isVisible()).toBe(true);
    await context.close();
  });

  it('land with the answer open at #dap-an without JavaScript too', async () => {
    const context = await phoneContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    const path = questionPages[0]?.path ?? '/';
    await page.goto(`${site.origin}${path}#dap-an`);
    expect(await page.locator('#dap-an').isVisible()).toBe(true);
    await page.goto(`${site.origin}${questionPages[1]?.path ?? path}`);
    expect(await page.locator('#dap-an').isVisible()).toBe(false);
    await context.close();
  });

  it('print with the answer shown', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${questionPages[0]?.path ?? '/'}`);
    expect(giveaways(questionPages[0]?.path ?? '/').length).toBeGreaterThanOrEqual(3);
    await page.emulateMedia({ media: 'print' });
    // The answer, Bác's words and the event; the related links are for the screen only.
    const printed = giveaways(questionPages[0]?.path ?? '/').slice(0, 3);
    expect(await visibleOf(page, printed)).toEqual(printed);
    await context.close();
  });
});
