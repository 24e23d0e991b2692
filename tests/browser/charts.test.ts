/** The charts of /so-lieu/ in a phone-sized Chromium: drawn at a readable size, each with its table, with no script and no policy violation. */
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser';
import { sections } from '../../src/lib/routes';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();

describe('Số liệu', () => {
  it('draws each chart at a readable size with no script and no policy violation', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${site.origin}${sections.charts}`);
    const widths = await page.locator('[data-chart] svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
    expect(widths.length).toBeGreaterThan(0);
    for (const width of widths) expect(width).toBeGreaterThan(300);
    expect(await page.locator('[data-chart] table:visible').count()).toBe(widths.length);
    expect(problems).toEqual([]);
    await context.close();
  });
});
