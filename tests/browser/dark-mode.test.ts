/**
 * Night reading through prefers-color-scheme: one page of each template in a dark-scheme phone
 * turns dark and still passes axe-core (colour contrast included), as the light pages do.
 */
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser';
import { templatePages } from '../support/templates';
import { useSiteInBrowser } from '../support/site-browser';
import { axeViolations } from '../support/axe';

const site = useSiteInBrowser();
const templates = templatePages().filter((template) => template.path);

describe.each(templates.map((t) => [t.name, t.path as string] as const))('%s (%s) in dark mode', (_, path) => {
  it('is dark and has no accessibility violation (axe-core, WCAG 2.2 AA)', async () => {
    // axe is injected from outside the page, which the site's own CSP rightly forbids.
    const context = await phoneContext(site.browser, { bypassCSP: true, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [red = 255, green = 255, blue = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(0.2126 * red + 0.7152 * green + 0.0722 * blue, `body background ${background}`).toBeLessThan(60);
    const violations = await axeViolations(page);
    await context.close();
    expect(violations).toEqual([]);
  });
});
