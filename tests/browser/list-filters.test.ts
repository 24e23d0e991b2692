/**
 * The model and document lists' no-reload filters in a phone-sized Chromium, against their
 * static filter pages: for every value the cards left are those the value's page lists, and
 * the choice is kept in the URL. (The exemplar filter has its own, finer test: exemplar-filter.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phoneContext } from '../support/browser';
import { builtPage, hrefsOn } from '../support/dist';
import { documentTypePath, documentYearPath, modelFieldPath, modelLocalityPath, sections } from '../../src/lib/routes';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();

/** A list page's filter: for each offered value, the cards left are those of the value's static page. */
const filters = [
  { list: sections.models, dimensions: { 'dia-ban': modelLocalityPath, 'linh-vuc': modelFieldPath } },
  { list: sections.documents, dimensions: { loai: documentTypePath, nam: documentYearPath } },
];

const visibleHrefs = (page: Page) =>
  page.locator('[data-facet-list] > li:visible a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

describe.each(filters)('the $list filter', ({ list, dimensions }) => {
  const index = builtPage(list);
  const listed = (sitePath: string) => hrefsOn(sitePath, '[data-facet-list] a');

  it('shows, for every value, exactly what its static page lists, and keeps it in the URL', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${list}`);
    let checked = 0;
    for (const [dimension, pathOf] of Object.entries(dimensions)) {
      const values = index.root
        .querySelectorAll(`select[name="${dimension}"] option`)
        .map((option) => option.getAttribute('value') ?? '')
        .filter(Boolean);
      expect(values.length, dimension).toBeGreaterThan(0);
      for (const value of values) {
        await page.selectOption(`select[name="${dimension}"]`, value);
        const expected = listed(pathOf(value));
        expect(await visibleHrefs(page)).toEqual(listed(list).filter((href) => expected.includes(href)));
        expect(new URL(page.url()).searchParams.get(dimension)).toBe(value);
        checked += 1;
      }
      await page.selectOption(`select[name="${dimension}"]`, '');
    }
    expect(checked).toBeGreaterThan(2);
    await context.close();
  });
});
