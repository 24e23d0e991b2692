/**
 * Offline for commune radio operators: nothing is cached and no service worker registered until
 * the operator presses "Lưu để đọc khi mất sóng" on a week's programme; then the programme and
 * each part's radio script (page and .txt) open with the network gone, a page that was not saved
 * lists those that were, and back online a copy saved before the programme changed says so.
 * The site's server is stopped to take the network away, and started again on the same port.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { builtPages, distDir } from '../support/dist';
import { serveDist, type StaticServer } from '../support/server';
import { ui } from '../../src/i18n/ui';
import { OFFLINE_CACHE, SAVED_COPY_KEY, WORKER_PATH } from '../../src/lib/offline/names';
import type { SavedCopy } from '../../src/lib/offline/saved-copy';

const text = ui.radio.programme.offline;
const programmes = builtPages()
  .map((page) => page.path)
  .filter((pagePath) => /^\/phat-thanh\/\d{4}\/tuan-\d{2}\/$/u.test(pagePath))
  .sort()
  .reverse();
/** The newest week's programme: the one an operator saves this week. */
const thisWeek = programmes[0]!;

let browser: Browser;
let server: StaticServer;
let origin: string;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  origin = server.origin;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Paths of everything in the saved copy's cache, as the page sees it. */
const cachedPaths = (page: Page) =>
  page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    return (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
  }, OFFLINE_CACHE);

/** The saved copy's record. */
const savedRecord = (page: Page) =>
  page.evaluate(
    async ([name, key]) => (await (await (await caches.open(name!)).match(key!))?.json()) as SavedCopy,
    [OFFLINE_CACHE, SAVED_COPY_KEY],
  );

describe('offline radio', () => {
  it('has programmes to save', () => {
    expect(programmes.length).toBeGreaterThan(0);
  });

  it('caches nothing and loads no worker on a first visit, a programme page included, until asked', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    for (const visited of ['/', '/bai-viet/', thisWeek]) await page.goto(`${origin}${visited}`, { waitUntil: 'networkidle' });
    expect(await page.getByRole('button', { name: text.save }).isVisible()).toBe(true);
    expect(requested.filter((requestedPath) => requestedPath === WORKER_PATH)).toEqual([]);
    expect(await page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()))).toBe(false);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    await context.close();
  });

  it('saves this week’s programme on request and reads it, its parts and their .txt with the network off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${thisWeek}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: text.save }).click();
    await expect.poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 20_000 }).toContain('Đã lưu vào máy');
    const saved = await savedRecord(page);
    expect(saved.programme).toBe(thisWeek);
    expect(
      saved.pages
        .map((saved) => saved.path)
        .slice(1)
        .every((pagePath) => pagePath.endsWith('/ban-doc/')),
    ).toBe(true);
    expect(saved.pages.length).toBeGreaterThanOrEqual(3);
    // Only what was asked for: the programme, its parts' radio scripts, and the files they load.
    const cached = await cachedPaths(page);
    expect(cached).toEqual(expect.arrayContaining([thisWeek, `${thisWeek}ban-doc.txt`, ...saved.pages.map((saved) => saved.path)]));
    const asked =
      /^\/phat-thanh\/\d{4}\/tuan-\d{2}\/(?:ban-doc\.txt)?$|\/ban-doc\/$|\/ban-doc\.txt$|^\/_astro\/|^\/(?:emblem|favicon)\.svg$/u;
    expect(cached.filter((cachedPath) => !asked.test(cachedPath) && cachedPath !== SAVED_COPY_KEY)).toEqual([]);

    await server.close();
    for (const { path: savedPath } of saved.pages) {
      const response = await page.goto(`${origin}${savedPath}`);
      expect(response?.status(), savedPath).toBe(200);
      expect(await page.locator('main h1').first().textContent(), savedPath).toBeTruthy();
      expect(await page.locator('.offline-note').textContent(), savedPath).toContain('Đang đọc bản đã lưu');
    }
    for (const script of [thisWeek, ...saved.pages.slice(1).map((saved) => saved.path.replace(/ban-doc\/$/u, ''))]) {
      const txt = `${script}ban-doc.txt`;
      const body = await page.evaluate(async (address) => (await fetch(address)).text(), txt);
      // The file starts with a byte-order mark for Windows' Notepad, which response.text() drops.
      expect(body, txt).toBe(readFileSync(path.join(distDir, txt), 'utf8').replace(/^\uFEFF/u, ''));
    }
    // A page that was not saved: what was.
    const missing = await page.goto(`${origin}/bai-viet/`);
    expect(missing?.status()).toBe(503);
    expect(await page.locator('h1').textContent()).toBe(text.fallbackTitle);
    expect(await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      saved.pages.map((saved) => saved.path),
    );

    // Back online after the programme changed: the page says the copy is out of date.
    server = await serveDist(Number(new URL(origin).port));
    await page.evaluate(
      async ([name, key]) => {
        const cache = await caches.open(name!);
        const record = (await (await cache.match(key!))!.json()) as { version: string };
        await cache.put(key!, new Response(JSON.stringify({ ...record, version: 'an older programme' })));
      },
      [OFFLINE_CACHE, SAVED_COPY_KEY],
    );
    await page.goto(`${origin}${thisWeek}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('[data-offline-status]').textContent()).toContain('đã cũ');
    expect(await page.locator('.offline-note').count()).toBe(0);
    await context.close();
  });
});
