/**
 * The editor on one computer, served by its local server (`npm run bien-tap`) on a copy of the
 * valid fixture: the status bar on /admin/ says in Vietnamese that the site is up to date, then
 * lists each file, field and message of a mistake saved on disk, then says the site is updated
 * again once the file is fixed; it covers neither the Save button nor the CMS's own messages;
 * "Xem trên trang web" opens the entry's page rebuilt on this computer.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchForeignRequests, watchPageErrors } from '../support/browser';
import { acquireBuildLock } from '../support/build-lock';
import { fixtureWorkFolder } from '../support/fixture-build';
import { answerDirectoryPicker, seedRepository } from '../support/local-repository';
import { startLocalServer, type LocalServer } from '../support/local-server';

const ARTICLE = 'content/articles/bai-mau.mdx';
const QUESTION = 'content/questions/2026/tuan-01.mdx';
const UPDATED = /^Trang đã cập nhật lúc \d\d:\d\d — Xem trang$/;

let work: string;
let server: LocalServer;
let browser: Browser;
let release: () => void;

beforeAll(async () => {
  release = await acquireBuildLock();
  work = fixtureWorkFolder();
  cpSync('tests/fixtures/valid-content', path.join(work, 'content'), { recursive: true });
  [server, browser] = await Promise.all([startLocalServer(work), launchBrowser()]);
  await server.waitFor((status) => status.state === 'ready');
}, 400_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
  release?.();
});

/** Opens /admin/ from the local server; `problems` lists anything the page did wrong so far. */
async function openAdmin(): Promise<{ context: BrowserContext; page: Page; problems: () => string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const foreign = watchForeignRequests(page, server.origin);
  const errors = await watchPageErrors(page);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await answerDirectoryPicker(page);
  await page.goto(`${server.origin}/admin/`);
  return { context, page, problems: () => [...foreign, ...errors, ...failed] };
}

const bar = (page: Page) => page.getByRole('status', { name: 'Tình trạng trang web trên máy này' });

describe('the editor on one computer', () => {
  it('says the site is up to date, leaves Save uncovered, and opens the entry on the rebuilt local site', async () => {
    const { context, page, problems } = await openAdmin();
    await expect.poll(() => bar(page).textContent(), { timeout: 20_000 }).toMatch(UPDATED);
    expect(await bar(page).getByRole('link', { name: 'Xem trang' }).getAttribute('href')).toBe('/');

    // The folder the editor picks holds content/; the browser's copy of it stands in for the picked folder.
    const repository = path.join(work, 'repository');
    cpSync(path.join(work, 'content'), path.join(repository, 'content'), { recursive: true });
    mkdirSync(path.join(repository, '.git'));
    await seedRepository(page, repository);
    await page.reload();
    await page.getByRole('button', { name: 'Làm việc với thư mục nội dung trên máy này' }).click();
    await page.getByText('Bài mẫu để kiểm thử').first().click({ timeout: 20_000 });
    const save = page.getByRole('button', { name: 'Lưu', exact: true });
    await save.waitFor();
    const saveBox = await save.boundingBox();
    const barBox = await bar(page).boundingBox();
    if (!saveBox || !barBox) throw new Error('The Save button or the bar is not shown.');
    const apart =
      barBox.x + barBox.width <= saveBox.x ||
      saveBox.x + saveBox.width <= barBox.x ||
      barBox.y + barBox.height <= saveBox.y ||
      saveBox.y + saveBox.height <= barBox.y;
    expect(apart).toBe(true);

    const [opened] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Xem trên trang web' }).click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toBe(`${server.origin}/bai-viet/bai-mau/`);
    expect(await opened.locator('h1').textContent()).toBe('Bài mẫu để kiểm thử');
    await context.close();
    expect(problems()).toEqual([]);
  }, 120_000);

  it('lists each mistake saved on disk in Vietnamese, then says the site is updated once it is fixed', async () => {
    const { context, page, problems } = await openAdmin();
    await expect.poll(() => bar(page).textContent(), { timeout: 20_000 }).toMatch(UPDATED);
    const article = readFileSync(path.join(work, ARTICLE), 'utf8');
    const question = readFileSync(path.join(work, QUESTION), 'utf8');
    writeFileSync(path.join(work, ARTICLE), article.replace(/^title: .*$/m, 'title: ""'));
    writeFileSync(path.join(work, QUESTION), question.replace(/^week: .*$/m, 'week: 60'));

    await expect.poll(() => bar(page).textContent(), { timeout: 60_000 }).toContain('2 lỗi: trang chưa cập nhật');
    const text = await bar(page).innerText();
    expect(text).toContain(ARTICLE);
    expect(text).toContain('trường "title": Không được để trống.');
    expect(text).toContain(QUESTION);
    expect(text).toContain('trường "week"');
    expect(text).not.toMatch(/\b(?:error|invalid|expected|required)\b/i);
    if (process.env.CMS_SCREENSHOTS) await page.screenshot({ path: path.join(process.env.CMS_SCREENSHOTS, 'cms-loi-tren-may.png') });

    writeFileSync(path.join(work, ARTICLE), article);
    writeFileSync(path.join(work, QUESTION), question);
    await expect.poll(() => bar(page).textContent(), { timeout: 300_000, interval: 1000 }).toMatch(UPDATED);
    await context.close();
    expect(problems()).toEqual([]);
  }, 400_000);
});
