/**
 * The exemplar index's client-side filter against the static filter pages: for the same
 * choice both show the same profiles, the live count follows, the URL query round-trips,
 * and without JavaScript the index links to the static pages instead.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phoneContext } from '../support/browser';
import { builtPage } from '../support/dist';
import { selectionQuery, type Selection } from '../../src/lib/facet-filter';
import { exemplarFieldPath, exemplarKindPath, exemplarLocalityPath, sections } from '../../src/lib/routes';
import { useSiteInBrowser } from '../support/site-browser';
import { ui } from '../../src/i18n/ui';

const site = useSiteInBrowser();

/** The index's filter dimensions, as in the URL query. */
const filterDimensions = ['dia-ban', 'linh-vuc', 'loai'] as const;
type FilterDimension = (typeof filterDimensions)[number];
type FilterSelection = Selection<FilterDimension>;
const selectionToQuery = (selection: FilterSelection) => selectionQuery(filterDimensions, selection);

const staticPath: Record<FilterDimension, (slug: string) => string> = {
  'dia-ban': exemplarLocalityPath,
  'linh-vuc': exemplarFieldPath,
  loai: exemplarKindPath,
};

const index = builtPage(sections.exemplars);
const allHrefs = index.root.querySelectorAll('[data-facet-list] a').map((link) => link.getAttribute('href') ?? '');

/** The values of a dimension offered by the index's select. */
const optionsOf = (dimension: FilterDimension) =>
  index.root
    .querySelectorAll(`select[name="${dimension}"] option`)
    .map((option) => option.getAttribute('value') ?? '')
    .filter(Boolean);

/** The profiles the static page of one value lists. */
const staticHrefs = (dimension: FilterDimension, slug: string) =>
  builtPage(staticPath[dimension](slug))
    .root.querySelectorAll('[data-facet-list] a')
    .map((link) => link.getAttribute('href') ?? '');

/** What the static pages say a selection shows: the intersection of each chosen value's page, in index order. */
const expectedHrefs = (selection: FilterSelection) =>
  filterDimensions.reduce((hrefs, dimension) => {
    const slug = selection[dimension];
    if (!slug) return hrefs;
    const listed = new Set(staticHrefs(dimension, slug));
    return hrefs.filter((href) => listed.has(href));
  }, allHrefs);

/** A district (a locality with communes under it), a commune, the first and last field, both kinds, and some combinations. */
function selections(): FilterSelection[] {
  const localities = optionsOf('dia-ban');
  const fields = optionsOf('linh-vuc');
  const kinds = optionsOf('loai');
  const largest = [...localities].sort((a, b) => staticHrefs('dia-ban', b).length - staticHrefs('dia-ban', a).length)[0];
  const commune = localities.find((slug) => slug.startsWith('xa-') || slug.startsWith('phuong-'));
  return [
    { 'dia-ban': largest },
    { 'dia-ban': commune },
    { 'linh-vuc': fields[0] },
    { 'linh-vuc': fields.at(-1) },
    ...kinds.map((kind) => ({ loai: kind })),
    { 'dia-ban': largest, loai: kinds[0] },
    { 'linh-vuc': fields[0], loai: kinds.at(-1) },
    { 'dia-ban': largest, 'linh-vuc': fields[0], loai: kinds[0] },
  ];
}

const visibleHrefs = (page: Page) =>
  page.locator('[data-facet-list] > li:visible a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));

describe('exemplar filter with JavaScript', () => {
  it('offers every value the static pages have, with something to compare', () => {
    for (const dimension of filterDimensions) {
      expect(optionsOf(dimension).length, dimension).toBeGreaterThan(0);
      for (const slug of optionsOf(dimension)) expect(staticHrefs(dimension, slug).length).toBeGreaterThan(0);
    }
    expect(allHrefs.length).toBeGreaterThan(4);
  });

  it('replaces the links with the selects, all profiles shown', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${sections.exemplars}`);
    await expect.poll(() => page.locator('[data-facet-filter]').isVisible()).toBe(true);
    expect(await page.locator('[data-filter-links]').isVisible()).toBe(false);
    expect(await visibleHrefs(page)).toEqual(allHrefs);
    expect(await page.locator('[data-filter-count]').getAttribute('aria-live')).toBe('polite');
    await context.close();
  });

  for (const selection of selections()) {
    const label = selectionToQuery(selection);
    it(`shows what the static pages show for ${label}, counts it and keeps it in the URL`, async () => {
      const expected = expectedHrefs(selection);
      const context = await phoneContext(site.browser);
      const page = await context.newPage();
      await page.goto(`${site.origin}${sections.exemplars}`);
      for (const dimension of filterDimensions) {
        const slug = selection[dimension];
        if (slug) await page.selectOption(`select[name="${dimension}"]`, slug);
      }
      expect(await visibleHrefs(page)).toEqual(expected);
      expect(await page.locator('[data-filter-count]').textContent()).toContain(`${expected.length}/${allHrefs.length}`);
      expect(new URL(page.url()).search).toBe(label);

      await page.goto(page.url());
      expect(await visibleHrefs(page)).toEqual(expected);
      for (const dimension of filterDimensions) {
        expect(await page.locator(`select[name="${dimension}"]`).inputValue()).toBe(selection[dimension] ?? '');
      }
      await context.close();
    });
  }

  it('goes back to every profile when a choice is cleared, and drops the query', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    const [kind] = optionsOf('loai');
    await page.goto(`${site.origin}${sections.exemplars}?loai=${kind}`);
    expect(await visibleHrefs(page)).toEqual(staticHrefs('loai', kind ?? ''));
    await page.selectOption('select[name="loai"]', '');
    expect(await visibleHrefs(page)).toEqual(allHrefs);
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('says so when nothing matches, and clears the choice on request', async () => {
    const [locality, field, kind] = filterDimensions.map(optionsOf);
    const empty = locality!
      .flatMap((place) => field!.flatMap((work) => kind!.map((type) => ({ 'dia-ban': place, 'linh-vuc': work, loai: type }))))
      .find((selection) => expectedHrefs(selection).length === 0);
    expect(empty, 'a choice that matches no profile').toBeDefined();
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${sections.exemplars}${selectionToQuery(empty!)}`);
    expect(await visibleHrefs(page)).toEqual([]);
    const none = page.locator('[data-filter-none]');
    expect(await none.isVisible()).toBe(true);
    expect(await none.textContent()).toContain(ui.facetFilter.none);
    await none.getByRole('button', { name: ui.facetFilter.reset }).click();
    expect(await visibleHrefs(page)).toEqual(allHrefs);
    expect(await none.isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    for (const dimension of filterDimensions) expect(await page.locator(`select[name="${dimension}"]`).inputValue()).toBe('');
    await context.close();
  });

  it('ignores a value that is not offered', async () => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${sections.exemplars}?dia-ban=khong-co&utm_source=zalo`);
    expect(await visibleHrefs(page)).toEqual(allHrefs);
    expect(await page.locator('select[name="dia-ban"]').inputValue()).toBe('');
    await context.close();
  });
});

describe('exemplar filter without JavaScript', () => {
  it('links to every static filter page instead of showing the selects', async () => {
    const context = await phoneContext(site.browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${sections.exemplars}`);
    expect(await page.locator('[data-facet-filter]').isVisible()).toBe(false);
    const links = await page
      .locator('[data-filter-links] a:visible')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    const expected = filterDimensions.flatMap((dimension) => optionsOf(dimension).map((slug) => staticPath[dimension](slug)));
    expect(links).toEqual(expected);
    expect(await visibleHrefs(page)).toEqual(allHrefs);

    const [kind] = optionsOf('loai');
    await page.click(`[data-filter-links] a[href="${exemplarKindPath(kind ?? '')}"]`);
    expect(new URL(page.url()).pathname).toBe(exemplarKindPath(kind ?? ''));
    expect(await visibleHrefs(page)).toEqual(staticHrefs('loai', kind ?? ''));
    await context.close();
  });
});
