/**
 * Layout defects readers saw: a lone "›" on its own line in the trail at 360 px, the section bar
 * wrapping to two rows at 1280 px with a divider first, and the quiz's sticky score bar
 * covering the verdict of the question just answered.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { phoneContext } from '../support/browser';
import { useSiteInBrowser } from '../support/site-browser';
import { sections } from '../../src/lib/routes';

const site = useSiteInBrowser();

/** Pages whose trail ends with a long name: an item of each section. */
const trailPages = [
  ...new Map(
    builtPages()
      .filter(
        (page) =>
          page.root.querySelector('.breadcrumbs [aria-current]') &&
          (page.root.querySelector('.breadcrumbs [aria-current]')?.text.length ?? 0) > 30,
      )
      .map((page) => [page.path.split('/')[1], page.path] as const),
  ).values(),
];

describe('trail', () => {
  it('has long names to check', () => {
    expect(trailPages.length).toBeGreaterThan(3);
  });

  it.each(trailPages)('%s keeps each "›" on the line of its step at 360 px', async (path) => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`);
    const split = await page.$$eval('.breadcrumbs li', (items) =>
      items
        .filter((item) => {
          const lineHeight = parseFloat(getComputedStyle(item).lineHeight);
          return item.getBoundingClientRect().height > lineHeight * 1.5 && item.querySelector('[aria-current]');
        })
        .map((item) => item.textContent?.trim() ?? ''),
    );
    await context.close();
    expect(split).toEqual([]);
  });
});

describe('section bar', () => {
  it.each([960, 1024, 1100, 1200, 1280, 1440, 1920])(
    'at %i px is the menu or one row, never a row starting with a divider',
    async (width) => {
      const page = await site.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(`${site.origin}/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      const bar = await page.evaluate(() => {
        const summary = document.querySelector('.site-nav summary');
        const asMenu = summary !== null && getComputedStyle(summary).display !== 'none';
        const links = [...document.querySelectorAll<HTMLElement>('.site-nav a')];
        return { asMenu, rows: new Set(links.map((link) => Math.round(link.getBoundingClientRect().top))).size };
      });
      await page.close();
      if (!bar.asMenu) expect(bar.rows).toBe(1);
      if (width >= 1280) expect(bar).toEqual({ asMenu: false, rows: 1 });
    },
  );
});

describe('quiz score bar', () => {
  it('never covers the verdict of the question just answered, nor what the page scrolls to', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${sections.quiz}`);
    await page.locator('[data-quiz-score]:not([hidden])').waitFor();
    const question = page.locator('[data-quiz-question]').nth(1);
    // The question's last choice just above the bar, as a reader scrolling down finds it.
    const choice = question.locator('input[type="radio"]').last();
    await page.evaluate(
      ([label, bar]) => {
        const labelBox = label!.getBoundingClientRect();
        const barTop = bar!.getBoundingClientRect().top;
        window.scrollBy({ top: labelBox.bottom - barTop + 4, behavior: 'instant' });
      },
      [await choice.evaluateHandle((input) => input.closest('label')), await page.locator('[data-quiz-score]').elementHandle()] as const,
    );
    await choice.check({ force: true });
    const covered = async () =>
      page.evaluate(() => {
        const feedback = [...document.querySelectorAll<HTMLElement>('[data-feedback]')].find((element) => !element.hidden)!;
        return feedback.getBoundingClientRect().bottom - document.querySelector('[data-quiz-score]')!.getBoundingClientRect().top;
      });
    await expect.poll(covered).toBeLessThanOrEqual(0);
    const padding = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom) || 0);
    const barHeight = await page.locator('[data-quiz-score]').evaluate((bar) => bar.getBoundingClientRect().height);
    await context.close();
    expect(padding).toBeGreaterThanOrEqual(barHeight);
  });
});
