import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phoneContext, watchForeignRequests } from '../support/browser';
import { foldDiacritics } from '../../src/lib/vietnamese';
import { useSiteInBrowser } from '../support/site-browser';
import { builtPage } from '../support/dist';
import { exemplarLocalityPath, sections } from '../../src/lib/routes';
import { ui } from '../../src/i18n/ui';
import { newestFirst, searchSettings, sortParam } from '../../src/lib/search/config';
import { NEWEST_ORDER_FILE } from '../../src/lib/search/newest-order';

const site = useSiteInBrowser();

/** A phone-sized page that records every URL it requests. */
async function openPage(path: string): Promise<{ page: Page; requested: string[]; foreign: string[] }> {
  const page = await (await phoneContext(site.browser)).newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const foreign = watchForeignRequests(page, site.origin);
  await page.goto(`${site.origin}${path}`);
  return { page, requested, foreign };
}

async function resultsSettled(page: Page): Promise<void> {
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached' });
}

/** Types a query in the search page's box, submits it and returns the result paths in order. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-q').fill(query);
  await page.evaluate(() => document.querySelector('[data-results]')?.removeAttribute('aria-busy'));
  await page.locator('#search-q').press('Enter');
  await resultsSettled(page);
  return page.$$eval('.result__title a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

/** The number of results the status line announces. */
async function resultCount(page: Page): Promise<number> {
  return Number(/\d+/u.exec((await page.locator('[data-status]').textContent()) ?? '')?.[0]);
}

const isSearchCode = (url: string) => url.includes('/pagefind/') || /\/_astro\/search-app\.[\w-]+\.js/u.test(url);

describe('search page', () => {
  it.each([
    ['dao duc', 'đạo đức'],
    ['dak ha', 'Đăk Hà'],
    ['dong bao', 'đồng bào'],
    ['dang vien', 'đảng viên'],
  ])('finds with "%s" every page "%s" finds first, đ included', async (plain, marked) => {
    const { page } = await openPage('/tim-kiem/');
    const withMarks = await search(page, marked);
    const withoutMarks = await search(page, plain);
    expect(withMarks.length).toBeGreaterThan(0);
    expect(withoutMarks).toEqual(expect.arrayContaining(withMarks.slice(0, 3)));
    await page.context().close();
  });

  it('highlights the words as written on the page, never the folded spelling', async () => {
    const { page } = await openPage('/tim-kiem/');
    await search(page, 'dao duc');
    const marked = await page.$$eval('.result__excerpt mark', (marks) => marks.map((mark) => mark.textContent ?? ''));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.some((word) => /^đ/iu.test(word) && foldDiacritics(word).toLowerCase().startsWith('d'))).toBe(true);
    expect(await page.locator('.result__excerpt').first().textContent()).not.toMatch(/\bdao duc\b/u);
    await page.context().close();
  });

  it('shows each result with a kind badge, a title link and a date', async () => {
    const { page } = await openPage('/tim-kiem/');
    await search(page, 'tấm gương');
    const first = page.locator('.result').first();
    await expect.poll(() => first.locator('.result__kind').textContent()).toBeTruthy();
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(await first.locator('.result__title a').getAttribute('href')).toMatch(/^\/.+\/$/u);
    await page.context().close();
  });

  it('narrows results with a filter to the count it announced, and keeps the filter in the address', async () => {
    const { page } = await openPage('/tim-kiem/?q=b%C3%A1c');
    await resultsSettled(page);
    // The filters are folded under their summary, as a reader on a phone finds them.
    await page.locator('[data-filters] summary').click();
    const select = page.locator('[data-filters] label:not([hidden]) select[data-filter]').first();
    const name = await select.getAttribute('name');
    const option = select.locator('option').nth(1);
    const [value, label] = [await option.getAttribute('value'), await option.textContent()];
    const announced = Number(/\((\d+)\)$/u.exec(label ?? '')?.[1]);
    expect(announced).toBeLessThan(await resultCount(page));
    await page.evaluate(() => document.querySelector('[data-results]')?.removeAttribute('aria-busy'));
    await select.selectOption(value!);
    await resultsSettled(page);
    expect(await resultCount(page)).toBe(announced);
    expect(await page.locator('.result').count()).toBe(Math.min(announced, searchSettings.pageSize));
    expect(new URL(page.url()).searchParams.get(name!)).toBe(value);
    await page.context().close();
  });

  it('orders results newest first on request, across "Xem thêm", loading the order only then', async () => {
    const { page, requested } = await openPage('/tim-kiem/?q=b%C3%A1c');
    await resultsSettled(page);
    expect(requested.filter((url) => url.endsWith(`/pagefind/${NEWEST_ORDER_FILE}`))).toEqual([]);
    await page.locator('[data-filters] summary').click();
    await page.evaluate(() => document.querySelector('[data-results]')?.removeAttribute('aria-busy'));
    await page.locator(`select[name="${sortParam}"]`).selectOption(newestFirst);
    await resultsSettled(page);
    await page.locator('[data-more]').click();
    await expect.poll(() => page.locator('.result').count()).toBeGreaterThan(searchSettings.pageSize);
    const dates = await page.$$eval('.result time', (times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(searchSettings.pageSize);
    expect(dates).toEqual(dates.toSorted().toReversed());
    expect(new Set(dates).size).toBeGreaterThan(1);
    expect(new URL(page.url()).searchParams.get(sortParam)).toBe(newestFirst);
    expect(requested.filter((url) => url.endsWith(`/pagefind/${NEWEST_ORDER_FILE}`))).toHaveLength(1);
    await page.context().close();
  });

  it('runs the search of a shared link and writes new queries back to the address', async () => {
    const { page } = await openPage('/tim-kiem/?q=d%C3%A2n+v%E1%BA%ADn+kh%C3%A9o');
    await resultsSettled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('dân vận khéo');
    expect(await page.locator('.result').count()).toBeGreaterThan(0);
    await search(page, 'nhà rông');
    expect(new URL(page.url()).searchParams.get('q')).toBe('nhà rông');
    await page.reload();
    await resultsSettled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('nhà rông');
    await page.context().close();
  });

  it('explains in Vietnamese when nothing matches', async () => {
    const { page } = await openPage('/tim-kiem/');
    await search(page, 'qqqqzzzz');
    expect(await page.locator('[data-status]').textContent()).toContain('Không tìm thấy');
    expect(await page.locator('[data-no-results]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('sends no request outside the site', async () => {
    const { page, foreign } = await openPage('/tim-kiem/?q=t%E1%BA%A5m+g%C6%B0%C6%A1ng');
    await resultsSettled(page);
    await search(page, 'dak ha');
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('fits a 360 px screen', async () => {
    const { page } = await openPage('/tim-kiem/?q=t%E1%BA%A5m+g%C6%B0%C6%A1ng');
    await resultsSettled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.context().close();
  });

  it('tells readers without JavaScript why search does not work, and the form still submits', async () => {
    const page = await (await phoneContext(site.browser, { javaScriptEnabled: false })).newPage();
    await page.goto(`${site.origin}/tim-kiem/`);
    expect(await page.locator('.search__noscript').textContent()).toContain('JavaScript');
    await page.locator('#search-q').fill('tấm gương');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=/u), page.locator('#search-q').press('Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('tấm gương');
    await page.context().close();
  });
});

/** Letters and digits of a word, folded and lower-cased: "Hồ," → "ho". */
const bare = (word: string) =>
  foldDiacritics(word)
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');

/** Every run of four words of a text, folded, for telling whether two texts share a phrase. */
const wordRuns = (text: string) => {
  const words = text.split(/\s+/u).map(bare).filter(Boolean);
  return words.slice(3).map((_, index) => words.slice(index, index + 4).join(' '));
};

describe('search results read cleanly', () => {
  it('marks only the words typed for "bac ho", never look-alikes such as "họp", "hội", "bách"', async () => {
    const { page } = await openPage('/tim-kiem/');
    await search(page, 'bac ho');
    const marked = await page.$$eval('.result__excerpt mark', (marks) => marks.map((mark) => mark.textContent ?? ''));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((word) => !['bac', 'ho'].includes(bare(word)))).toEqual([]);
    await page.context().close();
  });

  it('shows the marks the reader typed, not a look-alike spelled otherwise', async () => {
    const { page } = await openPage('/tim-kiem/');
    await search(page, 'Bác Hồ');
    const marked = await page.$$eval('.result__excerpt mark', (marks) => marks.map((mark) => mark.textContent ?? ''));
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.filter((word) => !['bác', 'hồ'].includes(word.toLocaleLowerCase('vi').replace(/[^\p{L}]/gu, '')))).toEqual([]);
    await page.context().close();
  });

  it('shows an exemplar\'s facts as labelled phrases, never run together ("Loại Cá nhân Địa bàn…")', async () => {
    const { page } = await openPage('/tim-kiem/');
    await search(page, 'cá nhân');
    const excerpts = await page.$$eval('.result__excerpt', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(excerpts.some((text) => text.includes('Cá nhân'))).toBe(true);
    for (const text of excerpts) expect(text).not.toMatch(/(?:Loại|Cá nhân|Tập thể)\s+(?:Cá nhân|Tập thể|Địa bàn)\s/u);
    await page.context().close();
  });

  it.each([
    ['trong cay', true],
    ['loi bac', true],
    ['dan van', true],
    // Week 44's answer used to be the only place a weekly question had "tấm gương".
    ['tam guong', false],
  ])('never shows a weekly question\'s answer, its quote or anything behind its tap in an excerpt ("%s")', async (query, findsQuestion) => {
    const { page } = await openPage('/tim-kiem/');
    await search(page, query);
    const results = await page.$$eval('.result', (items) =>
      items.map((item) => ({
        path: new URL(item.querySelector<HTMLAnchorElement>('.result__title a')!.href).pathname,
        excerpt: item.querySelector('.result__excerpt')?.textContent ?? '',
      })),
    );
    const questions = results.filter(({ path }) => path.startsWith(sections.questions));
    if (findsQuestion) expect(questions.length, `"${query}" finds a weekly question`).toBeGreaterThan(0);
    for (const { path, excerpt } of questions) {
      const article = builtPage(path).root.querySelector('[data-pagefind-body]')!;
      const tap = article.querySelector('[data-answer]')!;
      // Phrases of the answer that the question itself does not print.
      const shown = new Set(wordRuns(article.text.replace(tap.text, ' ')));
      const hidden = new Set(wordRuns(tap.text).filter((run) => !shown.has(run)));
      expect(hidden.size, path).toBeGreaterThan(0);
      expect(
        wordRuns(excerpt).filter((run) => hidden.has(run)),
        `${path}: ${excerpt}`,
      ).toEqual([]);
    }
    await page.context().close();
  });

  it.each([
    ['tam guong', /Gương sáng Vì sao|minh họa Tên mô hình|\S#/u],
    ['chi thi 05', /:\S|\S#/u],
    ['trong cay', /\d\/ \d/u],
  ])('keeps labels, values and dates apart as the page prints them ("%s")', async (query, runTogether) => {
    const { page } = await openPage('/tim-kiem/');
    await search(page, query);
    const excerpts = await page.$$eval('.result__excerpt', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((text) => runTogether.test(text.replace(/\d+:\d+|https?:\S+/gu, '')))).toEqual([]);
    await page.context().close();
  });

  it.each(['xyzqwv', 'qưertyu'])('finds nothing for nonsense that only starts like a word on the site ("%s")', async (query) => {
    const { page } = await openPage('/tim-kiem/');
    expect(await search(page, query)).toEqual([]);
    expect(await page.locator('[data-status]').textContent()).toContain('Không tìm thấy');
    await page.context().close();
  });

  it('dates a document as /van-ban/ does, by its date of issue, not the day it was published here', async () => {
    const list = builtPage(sections.documents);
    const card = list.root.querySelectorAll('.document-card').find((item) => item.text.includes('144-QĐ/TW'));
    const issued = card?.querySelector('time')?.getAttribute('datetime');
    expect(issued).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    const { page } = await openPage('/tim-kiem/');
    await search(page, 'quy định 144');
    const result = page.locator('.result', { hasText: '144-QĐ/TW' }).first();
    expect(await result.locator('time').getAttribute('datetime')).toBe(issued);
    await page.context().close();
  });

  it('counts each locality as its exemplar filter page does, and names each place once', async () => {
    const index = builtPage(sections.exemplars);
    const profiles = index.root.querySelectorAll('[data-facet-list] a').length;
    const slugOf = new Map(
      index.root
        .querySelectorAll('select[name="dia-ban"] option')
        .flatMap((option) => (option.getAttribute('value') ? [[option.textContent.trim(), option.getAttribute('value')!] as const] : [])),
    );
    // Every profile lists its field, so this query finds them all; the kind filter keeps only them.
    const query = new URLSearchParams({ q: ui.exemplars.field, loai: ui.kinds.exemplar });
    const { page } = await openPage(`/tim-kiem/?${query}`);
    await resultsSettled(page);
    expect(await resultCount(page)).toBe(profiles);
    const options = await page.$$eval('select[data-filter="locality"] option', (nodes) =>
      nodes.map((node) => node.textContent ?? '').slice(1),
    );
    expect(options.length).toBeGreaterThan(1);
    for (const option of options) {
      const [, label = '', count] = /^(.*) \((\d+)\)$/u.exec(option) ?? [];
      const slug = slugOf.get(label);
      expect(slug, `"${label}" is named as on the exemplar pages`).toBeDefined();
      const listed = builtPage(exemplarLocalityPath(slug!)).root.querySelectorAll('[data-facet-list] a').length;
      expect(Number(count), label).toBe(listed);
    }
    // Outside the exemplars too, one name per place: no "Kon Tum" beside "Thành phố Kon Tum".
    await page.evaluate(() => document.querySelector('[data-results]')?.removeAttribute('aria-busy'));
    await page.locator('select[data-filter="kind"]').selectOption('');
    await resultsSettled(page);
    const places = await page.$$eval('select[data-filter="locality"] option', (nodes) =>
      nodes.map((node) => node.textContent ?? '').slice(1),
    );
    const names = places.map((place) => bare(place.replace(/\(.*$/u, '').replace(/^(?:Tỉnh|Thành phố|Huyện|Xã|Phường|Thị trấn)\s+/iu, '')));
    expect(new Set(names).size).toBe(names.length);
    await page.context().close();
  });
});

describe('loading the search code', () => {
  it('never loads it outside the search page, even while the reader types in the header box', async () => {
    const { page, requested } = await openPage('/');
    await page.locator('#site-search-q').fill('tấm gương');
    await page.waitForTimeout(500);
    expect(requested.filter(isSearchCode)).toEqual([]);
    await page.context().close();
  });

  it('loads it on the search page only once the reader focuses the box', async () => {
    const { page, requested } = await openPage('/tim-kiem/');
    await page.waitForTimeout(300);
    expect(requested.filter(isSearchCode)).toEqual([]);
    await page.locator('#search-q').focus();
    await expect.poll(() => requested.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.context().close();
  });
});
