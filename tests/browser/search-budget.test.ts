/**
 * What a reader on a slow rural connection downloads for a first search: from tapping the search
 * box to the first results on screen, gzip bytes of every file fetched (fonts and icons aside,
 * which any page may load). Runs on dist/ (or DIST_DIR) in Chromium.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser';
import { fileForPath } from '../support/dist';
import { useSiteInBrowser } from '../support/site-browser';

/**
 * 150 KB gzip: about 10 s on a 2G EDGE link (~120 kbit/s), the publishing issue's budget. Pagefind's
 * own script and WebAssembly take about 67 KB of it, its page list grows with the site (about
 * 11 bytes a page), so the sample must leave room for a site of thousands of items.
 */
const FIRST_SEARCH_BYTES = 150 * 1024;

const site = useSiteInBrowser();

/** gzip bytes of the files a first search for `query` fetches. */
async function firstSearchBytes(query: string): Promise<{ total: number; files: string[] }> {
  const page = await (await phoneContext(site.browser)).newPage();
  await page.goto(`${site.origin}/tim-kiem/`);
  const requested = new Set<string>();
  page.on('request', (request) => requested.add(new URL(request.url()).pathname));
  await page.locator('#search-q').focus();
  await page.waitForLoadState('networkidle');
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
  await page.context().close();
  const files = [...requested].filter((path) => !/\.(woff2?|svg|png|ico)$/u.test(path));
  const total = files.reduce((sum, path) => {
    const file = fileForPath(path);
    if (!file) throw new Error(`Fetched file not in the build: ${path}`);
    const raw = readFileSync(file);
    return sum + Math.min(raw.length, gzipSync(raw, { level: 6 }).length);
  }, 0);
  return { total, files };
}

describe('first search budget', () => {
  it.each(['tấm gương', 'dao duc'])(`downloads at most ${FIRST_SEARCH_BYTES} B gzip for a first search for "%s"`, async (query) => {
    const { total, files } = await firstSearchBytes(query);
    expect(files.some((path) => path.includes('/pagefind/index/'))).toBe(true);
    expect(files.some((path) => path.includes('/pagefind/fragment/'))).toBe(true);
    expect(total, files.join('\n')).toBeLessThanOrEqual(FIRST_SEARCH_BYTES);
  });

  it('leaves the filter lists until the reader opens them', async () => {
    const page = await (await phoneContext(site.browser)).newPage();
    const filters: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/filter/')) filters.push(request.url());
    });
    await page.goto(`${site.origin}/tim-kiem/?q=${encodeURIComponent('tấm gương')}`);
    await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
    expect(filters).toEqual([]);
    await page.locator('[data-filters] summary').click();
    await expect.poll(() => filters.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('[data-filters] label:not([hidden]) select[data-filter]').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
