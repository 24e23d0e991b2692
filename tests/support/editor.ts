/**
 * The editor at /admin/ (Sveltia CMS) in Chromium, driven as an editor drives it: on a copy of
 * content/ opened through the CMS's one-computer workflow (./local-repository.ts), each field
 * found by its key path ("cover.alt") and given a value the way a person gives it (typed key by
 * key, picked, ticked, uploaded), saves and their refusals read where the editor reads them, and
 * the repository's files compared before and after.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { watchForeignRequests } from './browser.ts';
import { fixtureWorkFolder } from './fixture-build.ts';
import { answerDirectoryPicker, copyRepositoryBack, repositoryDigests, seedRepository } from './local-repository.ts';
import { useSiteInBrowser } from './site-browser.ts';

/** How long the CMS may take to answer on a busy machine: a form opening, a save, a refusal. */
const SLOW = { timeout: 60_000 };

/** Files an editor uploads in these tests; each is made the first time a test asks for it. */
export type TestFile =
  /** A photo of 1200 × 675. */
  | 'hoi-truong-xa.jpg'
  /** A real JPEG of 11 MB, over the build's 10 MB limit, as a camera original is. */
  | 'anh-goc-11mb.jpg'
  /** Notes saved as plain text: not an attachment type the site offers. */
  | 'ghi-chu.txt'
  /** A Word 97 document: not an attachment type the site offers. */
  | 'van-ban-cu.doc'
  /** A one-page PDF. */
  | 'tom-tat.pdf';

/**
 * A value given to a field, the way an editor gives it: text typed (a date as the editor types
 * it, "31022026"), a switch or an optional group turned on or off, an option picked by its label,
 * a file uploaded, a list's items added one by one, or the body typed in its Markdown mode.
 */
export type FormValue =
  string | boolean | { pick: string | RegExp } | { upload: TestFile } | { items: readonly string[] } | { markdown: string };

/** Values by key path, entered in order (an optional group before its fields). */
export type FormValues = Readonly<Record<string, FormValue>>;

/** Where a form opens: a new entry of a collection, or an existing one found by text its list line shows. */
export interface FormPlace {
  collection: string;
  entry?: string;
}

/** The alert the CMS shows when a save is refused, and the list of problems the save check wrote in it. */
const REFUSAL = 'dialog[role=alertdialog] .body > .error';

/** A list item's place in a key path ("bars.0.value"). */
const LIST_INDEX = /^\d+$/;

/** The hash of a collection's list, where the CMS goes once an entry is saved. */
const COLLECTION_LIST = /^#\/collections\/[^/]+$/;

/** One browser context with the editor open on the repository copy. */
export interface EditorSession {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, CSP violations, failed responses and requests that left the site's origin. */
  problems: string[];
  /** A field of the open form by its key path, once the form has drawn it. */
  field(keyPath: string): Promise<Locator>;
  /** Opens a form from its collection's list, wherever the editor is. */
  open(place: FormPlace): Promise<void>;
  /** Gives each field its value, in order. */
  fill(values: FormValues): Promise<void>;
  /**
   * Puts a file in a file or image field through its file dialog ("Chọn tệp trên máy", or "Thay thế" when
   * the field has one): uploads `file` in the dialog, in the `library` tab when given
   * ("Ảnh và tệp chung"), and inserts what the dialog then selects.
   */
  chooseFile(keyPath: string, file: string, library?: string): Promise<void>;
  /** What the editor reads now: a field's own messages when `keyPath` is given, else the open dialogs'. */
  message(keyPath?: string): Promise<string>;
  /** Closes every open dialog with its last button ("Đồng ý", "Hủy"). */
  dismissDialogs(): Promise<void>;
  /** Clicks "Lưu". */
  save(): Promise<void>;
  /** Waits until the save has gone through and the form has closed; throws with the CMS's reason if it was refused. */
  saved(): Promise<void>;
  /** Waits for the refusal of a save, closes the alert and returns the save check's list of problems. */
  refusal(): Promise<string>;
  /** The SHA-256 of every file of the repository as the CMS sees it, by path. */
  files(): Promise<Map<string, string>>;
  /** Writes every file of the repository, as the CMS left it, over the test's copy. */
  copyBack(): Promise<void>;
  /** The path of a file the editor uploads, made on first use. */
  testFile(name: TestFile): Promise<string>;
  close(): Promise<void>;
}

/** What a test file gets from {@link useEditor}: its copy of the repository, and sessions on it. */
export interface EditorTestbed {
  /** A work folder of the test file's own, for builds and uploads. */
  readonly work: string;
  /** The repository copy (content/ and .git/) the editor opens; sessions copy their saves back here. */
  readonly repository: string;
  /** Opens the editor in a new browser context; `locale` is the browser's language (default Vietnamese). */
  open(options?: { locale?: string }): Promise<EditorSession>;
}

/**
 * Registers a test file's browser, site server and repository copy (a real copy of content/);
 * the returned object is filled before the first test runs.
 */
export function useEditor(): EditorTestbed {
  const site = useSiteInBrowser();
  const folders = { work: '', repository: '' };
  beforeAll(() => {
    folders.work = fixtureWorkFolder();
    folders.repository = path.join(folders.work, 'repository');
    cpSync('content', path.join(folders.repository, 'content'), { recursive: true });
    mkdirSync(path.join(folders.repository, '.git'));
  });
  afterAll(() => rmSync(folders.work, { recursive: true, force: true }));
  return {
    get work() {
      return folders.work;
    },
    get repository() {
      return folders.repository;
    },
    open: ({ locale = 'vi-VN' } = {}) => openEditor(site.browser, site.origin, folders, locale),
  };
}

/**
 * A new browser context with the editor signed in on `repository` through the local workflow,
 * and the list of what went wrong in the page (console errors, page errors, CSP violations,
 * failed responses, requests that left the site's origin).
 */
export async function openEditorPage(
  browser: Browser,
  origin: string,
  repository: string,
  locale = 'vi-VN',
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale });
  const page = await context.newPage();
  const problems = watchForeignRequests(page, origin);
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await answerDirectoryPicker(page);
  await page.goto(`${origin}/admin/`);
  await seedRepository(page, repository);
  await page.reload();
  await page.getByRole('button', { name: 'Làm việc với thư mục nội dung trên máy này' }).click();
  await page.getByText('Tạo mới', { exact: true }).first().waitFor(SLOW);
  return { context, page, problems };
}

async function openEditor(
  browser: Browser,
  origin: string,
  { work, repository }: { work: string; repository: string },
  locale: string,
): Promise<EditorSession> {
  const { context, page, problems } = await openEditorPage(browser, origin, repository, locale);

  const uploads = path.join(work, 'uploads');
  const field = async (keyPath: string) => {
    const parts = keyPath.split('.');
    // The form draws a group's fields once the group is on screen, and a list item's once it is expanded.
    for (let depth = 1; depth <= parts.length; depth += 1) {
      if (LIST_INDEX.test(parts[depth - 1] as string)) continue;
      const located = page.locator(`[data-key-path="${parts.slice(0, depth).join('.')}"]`).first();
      // A long form draws its lower fields as it is scrolled: scroll down until the field is there.
      const deadline = Date.now() + SLOW.timeout;
      while (!(await located.count()) && Date.now() < deadline) {
        await page.locator('[data-key-path]').last().scrollIntoViewIfNeeded();
        await page.waitForTimeout(200);
      }
      await located.waitFor({ state: 'attached', ...SLOW });
      await located.scrollIntoViewIfNeeded();
      const expandAll = located.getByRole('button', { name: 'Mở rộng tất cả' });
      if (LIST_INDEX.test(parts[depth] ?? '') && (await expandAll.count()) > 0 && (await expandAll.isEnabled())) await expandAll.click();
    }
    return page.locator(`[data-key-path="${keyPath}"]`).first();
  };
  const session: EditorSession = {
    page,
    context,
    problems,
    field,
    async open({ collection, entry }) {
      const list = `#/collections/${collection}`;
      await page.evaluate((hash) => (location.hash = hash), list);
      await page.waitForFunction((hash) => location.hash === hash && !document.querySelector('[data-key-path]'), list, SLOW);
      await page
        .getByText(entry ?? 'Tạo mới', { exact: entry === undefined })
        .first()
        .click(SLOW);
      await page.locator('[data-key-path]').first().waitFor(SLOW);
    },
    async fill(values) {
      for (const [keyPath, value] of Object.entries(values)) await enter(page, await field(keyPath), value, session);
    },
    async chooseFile(keyPath, file, library) {
      const opener = (await field(keyPath)).getByRole('button').filter({ hasText: /^\s*(?:Thay thế|Chọn tệp trên máy)\s*$/ });
      await opener.first().click();
      const dialog = page.locator('dialog[open]').last();
      if (library) await dialog.getByRole('option', { name: library }).click();
      await dialog.locator('input[type=file]').first().setInputFiles(file);
      // The upload is listed as not yet saved ("Chưa lưu") and selected.
      await dialog.locator('[aria-selected=true]', { hasText: 'Chưa lưu' }).waitFor(SLOW);
      await dialog.getByRole('button', { name: 'Chèn' }).click();
      await dialog.waitFor({ state: 'hidden', ...SLOW });
    },
    async message(keyPath) {
      const texts = keyPath
        ? await (await field(keyPath)).locator('.validation, .date-field__problem').allInnerTexts()
        : await page.locator('dialog[open]').allInnerTexts();
      return texts.join('\n');
    },
    async dismissDialogs() {
      for (const dialog of (await page.locator('dialog[open]').all()).reverse()) await dialog.getByRole('button').last().click();
    },
    save: () => page.getByRole('button', { name: 'Lưu', exact: true }).click(),
    async saved() {
      const deadline = Date.now() + SLOW.timeout;
      while (Date.now() < deadline) {
        if (COLLECTION_LIST.test(await page.evaluate(() => location.hash))) return;
        if (await page.locator(REFUSAL).count()) throw new Error(`The save was refused: ${await page.locator(REFUSAL).innerText()}`);
        await page.waitForTimeout(250);
      }
      throw new Error('The form did not close after the save.');
    },
    async refusal() {
      const list = page.locator(REFUSAL);
      await list.waitFor(SLOW);
      const text = await list.innerText();
      await page.locator('dialog[role=alertdialog]').getByRole('button', { name: 'Đồng ý' }).click();
      return text;
    },
    files: () => repositoryDigests(page),
    copyBack: async () => void (await copyRepositoryBack(page, repository)),
    testFile: (name) => makeTestFile(uploads, name),
    close: () => context.close(),
  };
  return session;
}

/** Enters one value in a field the way an editor does. */
async function enter(page: Page, field: Locator, value: FormValue, session: EditorSession): Promise<void> {
  if (typeof value === 'boolean') {
    const toggle = field.getByRole('checkbox').or(field.getByRole('switch')).first();
    if ((await toggle.getAttribute('aria-checked')) !== String(value)) await toggle.click();
  } else if (typeof value === 'string') {
    await typeText(field, value);
  } else if ('pick' in value) {
    // A few options are drawn as radio buttons, more as a drop-down list.
    const radio = field.getByRole('radio', { name: value.pick });
    if (await radio.count()) return radio.first().click();
    await field.getByRole('combobox').first().click();
    await page.getByRole('option', { name: value.pick }).first().click();
  } else if ('upload' in value) {
    await field
      .locator('input[type=file]')
      .first()
      .setInputFiles(await session.testFile(value.upload));
  } else if ('items' in value) {
    const keyPath = await field.getAttribute('data-key-path');
    for (const [index, item] of value.items.entries()) {
      await field.getByRole('button', { name: /Thêm/ }).last().click();
      await typeText(await session.field(`${keyPath}.${index}`), item);
    }
  } else {
    const markdownMode = field.getByRole('button').filter({ hasText: /^\s*markdown\s*$/ });
    if ((await markdownMode.getAttribute('aria-pressed')) !== 'true') await markdownMode.click();
    await field.locator('textarea').first().fill(value.markdown);
  }
}

/**
 * Types text in a field: a date key by key, as a person types it (so a browser's own date box
 * reads it in its own order); the body in its rich text box; anything else in its text box.
 */
async function typeText(field: Locator, text: string): Promise<void> {
  const dateBox = field.locator('.date-field input, input[type=date]');
  if (await dateBox.count()) {
    await dateBox.first().fill('');
    await dateBox.first().pressSequentially(text);
    return;
  }
  const richText = field.locator('[data-lexical-editor]:visible');
  if (await richText.count()) return richText.first().fill(text);
  await field.locator('input:not([type=file]):not([type=checkbox]), textarea').first().fill(text);
}

/** Makes a test file in `folder` unless it is there; returns its path. */
async function makeTestFile(folder: string, name: TestFile): Promise<string> {
  const file = path.join(folder, name);
  if (existsSync(file)) return file;
  mkdirSync(folder, { recursive: true });
  const photo = () =>
    sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 176, g: 32, b: 38 } } })
      .jpeg()
      .toBuffer();
  switch (name) {
    case 'hoi-truong-xa.jpg':
      writeFileSync(file, await photo());
      break;
    case 'anh-goc-11mb.jpg': {
      // A JPEG ends at its end-of-image marker: the bytes after it keep the picture readable and make the file as large as a camera's.
      const picture = await photo();
      writeFileSync(file, Buffer.concat([picture, Buffer.alloc(11 * 1024 * 1024 - picture.length, 0x20)]));
      break;
    }
    case 'ghi-chu.txt':
      writeFileSync(file, 'Ghi chú cuộc họp chi bộ tháng 5.\n');
      break;
    case 'van-ban-cu.doc':
      // The signature of an OLE2 compound file, which a Word 97 document is.
      writeFileSync(file, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]));
      break;
    case 'tom-tat.pdf':
      writeFileSync(file, ONE_PAGE_PDF);
      break;
  }
  return file;
}

/** The smallest PDF a reader opens: one empty A4 page. */
const ONE_PAGE_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
  '',
].join('\n');
