/**
 * The sections menu on a 360 px phone: every section is reachable (on screen, tappable) after
 * one tap on a control that looks like a menu, the current section is named without opening it,
 * and it works without JavaScript. On a desktop every section is in view at once.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phoneContext } from '../support/browser';
import { builtPage } from '../support/dist';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();
const NAV = 'nav[aria-label="Chuyên mục chính"]';
const sectionLinks = builtPage('/')
  .root.querySelectorAll(`${NAV} a`)
  .map((link) => ({ href: link.getAttribute('href') ?? '', label: link.text.trim() }));

/** Links of the menu that are on screen and inside the viewport's width, as hrefs. */
function reachable(page: Page, width: number): Promise<string[]> {
  return page.locator(`${NAV} a`).evaluateAll(
    (links, viewportWidth) =>
      links
        .filter((link) => {
          const box = link.getBoundingClientRect();
          const style = getComputedStyle(link);
          return box.width >= 24 && box.height >= 24 && box.left >= 0 && box.right <= viewportWidth && style.visibility !== 'hidden';
        })
        .map((link) => link.getAttribute('href') ?? ''),
    width,
  );
}

describe('sections menu', () => {
  it('lists the site’s sections', () => {
    expect(sectionLinks.length).toBeGreaterThanOrEqual(7);
  });

  describe.each([true, false])('at 360 px, JavaScript %s', (javaScriptEnabled) => {
    it.each(['/', '/bai-viet/', '/phat-thanh/', '/gioi-thieu/'])('on %s every section is reachable after one tap', async (path) => {
      const context = await phoneContext(site.browser, { javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site.origin}${path}`);
      const toggle = page.locator(`${NAV} summary`);
      expect(await toggle.isVisible(), 'a visible menu control').toBe(true);
      expect(await toggle.textContent()).toContain('Danh mục');
      const current = sectionLinks.find((link) => link.href !== '/' && path.startsWith(link.href));
      if (current) expect(await toggle.textContent(), 'the current section named on the control').toContain(current.label);
      await toggle.click();
      expect((await reachable(page, 360)).sort()).toEqual(sectionLinks.map((link) => link.href).sort());
      if (current) expect(await page.locator(`${NAV} a[aria-current="page"]`).getAttribute('href')).toBe(current.href);
      await context.close();
    });
  });

  it('shows every section at once on a desktop', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/bai-viet/`);
    expect((await reachable(page, 1280)).sort()).toEqual(sectionLinks.map((link) => link.href).sort());
    await context.close();
  });
});
