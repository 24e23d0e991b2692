/**
 * The editor at /admin/ (Sveltia CMS) in Chromium, on a real copy of content/: an article made
 * through the form passes the build's schemas and shows its quotation; editing one field of an
 * exemplar changes only that field; the form refuses what the schemas refuse, in Vietnamese,
 * and writes nothing. The CMS's local workflow is used, as on an editor's own computer.
 */
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/frontmatter';
import { listFiles } from '../support/dist';
import { buildInto, fixtureWorkFolder } from '../support/fixture-build';
import { openEditorPage } from '../support/editor';
import { copyRepositoryBack } from '../support/local-repository';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();
const SCREENSHOTS = process.env.CMS_SCREENSHOTS;

let work: string;
let repository: string;
let photo: string;

beforeAll(async () => {
  work = fixtureWorkFolder();
  repository = path.join(work, 'repository');
  cpSync('content', path.join(repository, 'content'), { recursive: true });
  mkdirSync(path.join(repository, '.git'));
  photo = path.join(work, 'hoi-truong-xa.jpg');
  await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 176, g: 32, b: 38 } } })
    .jpeg()
    .toFile(photo);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The contents of every file of the repository copy, by path. */
function snapshot(folder: string): Map<string, string> {
  return new Map(listFiles(folder).map((file) => [file, readFileSync(path.join(folder, file), 'latin1')]));
}

/** Opens the editor on the repository copy through the local workflow, with checks on what the page does. */
const openEditor = () => openEditorPage(site.browser, site.origin, repository);

/** Components in a body as name and attributes, in order. */
const components = (body: string) =>
  [...body.matchAll(/<([A-Z]\w*)((?:\s+\w+="[^"]*")*)\s*\/?>/g)].map((match) => `${match[1]}${(match[2] ?? '').trim()}`);
/** A body's text without markup and spacing differences. */
const normalised = (body: string) =>
  body
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A field of the open form by its key path ("title", "cover.alt"). */
const field = (page: Page, keyPath: string) => page.locator(`[data-key-path="${keyPath}"]`).first();

async function screenshot(page: Page, name: string): Promise<void> {
  if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

describe('the editor at /admin/', () => {
  it('creates an article with a cover image and a Quote that the build publishes', async () => {
    const { context, page, problems } = await openEditor();
    await screenshot(page, 'cms-danh-sach');
    await page.getByText('Tạo mới', { exact: true }).click();
    await field(page, 'title').locator('input').fill('Xã vùng cao học và làm theo Bác qua loa truyền thanh');
    await field(page, 'description')
      .locator('input')
      .fill('Mỗi tối, loa truyền thanh của xã đọc một câu chuyện về Bác, rồi cán bộ thôn kể việc làm theo của bà con.');
    await field(page, 'pubDate').locator('.date-field input').fill('01/06/2024');
    await field(page, 'category').locator('input').fill('Tin tức');
    const locality = field(page, 'locality');
    await locality.getByRole('combobox').click();
    await page
      .getByRole('option', { name: /Đăk Hà/ })
      .first()
      .click();
    await field(page, 'cover').getByRole('checkbox').click();
    await field(page, 'cover.src').locator('input[type=file]').first().setInputFiles(photo);
    await field(page, 'cover.alt').locator('input').fill('Cán bộ xã đọc tin trên loa truyền thanh');
    await field(page, 'body').getByRole('button', { name: /Chèn/ }).click();
    await page.getByRole('menuitem', { name: 'Lời trích (có nguồn)' }).click();
    await page
      .getByRole('textbox', { name: 'Lời trích', exact: true })
      .fill('Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người.');
    await page
      .getByRole('textbox', { name: 'Nguồn', exact: true })
      .fill('Hồ Chí Minh Toàn tập, tập 11, NXB Chính trị quốc gia Sự thật, 2011, tr. 528');
    await page
      .frames()
      .find((frame) => frame.url().startsWith('blob:'))
      ?.locator('[data-key-path="body"]')
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'cms-khoi-loi-trich');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Lưu', exact: true }).count(), { timeout: 20_000 }).toBe(0);
    await copyRepositoryBack(page, repository);
    await context.close();
    expect(problems).toEqual([]);

    const file = path.join(repository, 'content/articles/xa-vung-cao-hoc-va-lam-theo-bac-qua-loa-truyen-thanh.mdx');
    const written = parseDocument(readFileSync(file, 'utf8'), file);
    expect(written.data).toMatchObject({
      category: 'Tin tức',
      locality: 'dak-ha',
      cover: { src: './anh/hoi-truong-xa.jpg', alt: 'Cán bộ xã đọc tin trên loa truyền thanh' },
    });
    expect(readFileSync(path.join(repository, 'content/articles/anh/hoi-truong-xa.jpg'))).toEqual(readFileSync(photo));
    expect(written.body).toContain('<Quote source="Hồ Chí Minh Toàn tập, tập 11, NXB Chính trị quốc gia Sự thật, 2011, tr. 528">');

    const build = await buildInto(path.join(repository, 'content'), work);
    expect(build.code, build.output).toBe(0);
    const html = build.html.get('bai-viet/xa-vung-cao-hoc-va-lam-theo-bac-qua-loa-truyen-thanh/index.html') ?? '';
    expect(html).toMatch(/<figure class="quote[^"]*"[^>]*>\s*<blockquote[^>]*>\s*(<p>)?Vì lợi ích mười năm thì phải trồng cây/);
    expect(html).toContain('tr. 528');
  }, 240_000);

  it('edits one field of an exemplar and leaves the rest of the file as it was', async () => {
    const exemplar = 'content/exemplars/ba-pham-thi-lanh.mdx';
    const before = readFileSync(path.join(repository, exemplar), 'utf8');
    const { context, page, problems } = await openEditor();
    await page.getByText('Tấm gương bình dị', { exact: true }).first().click();
    await page.getByText('Bà Phạm Thị Lành', { exact: true }).first().click();
    await field(page, 'field').locator('input').fill('An sinh xã hội');
    await screenshot(page, 'cms-sua-tam-guong');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect
      .poll(
        async () => {
          await copyRepositoryBack(page, repository);
          return readFileSync(path.join(repository, exemplar), 'utf8') !== before;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await context.close();
    expect(problems).toEqual([]);

    const after = readFileSync(path.join(repository, exemplar), 'utf8');
    const old = parseDocument(before, exemplar);
    const edited = parseDocument(after, exemplar);
    expect(edited.data).toEqual({ ...old.data, field: 'An sinh xã hội' });
    expect(edited.body.trim()).toBe(old.body.trim());
  }, 120_000);

  it.each([
    ['content/articles/659-mo-hinh-hay-cach-lam-moi-da-lan-toa-the-nao.mdx', '659 mô hình hay, cách làm mới đã lan tỏa thế nào?'],
    ['content/articles/heo-dat-nuoi-chu-o-vung-bien.mdx', '“Heo đất nuôi chữ” ở vùng biên: những đồng tiền nhỏ, một bài học lớn'],
  ])(
    'keeps the components of %s when another field is edited',
    async (file, title) => {
      const before = readFileSync(path.join(repository, file), 'utf8');
      const { context, page, problems } = await openEditor();
      await page.getByText(title).first().click();
      await field(page, 'author').locator('input').fill('Ban Biên tập');
      await page.getByRole('button', { name: 'Lưu', exact: true }).click();
      await expect
        .poll(
          async () => {
            await copyRepositoryBack(page, repository);
            return readFileSync(path.join(repository, file), 'utf8') !== before;
          },
          { timeout: 20_000 },
        )
        .toBe(true);
      await context.close();
      expect(problems).toEqual([]);
      const old = parseDocument(before, file);
      const edited = parseDocument(readFileSync(path.join(repository, file), 'utf8'), file);
      expect(edited.data).toEqual({ ...old.data, author: 'Ban Biên tập' });
      expect(components(edited.body)).toEqual(components(old.body));
      expect(normalised(edited.body)).toBe(normalised(old.body));
    },
    120_000,
  );

  it('refuses an empty title and a 250-character summary in Vietnamese, and writes nothing', async () => {
    const before = snapshot(repository);
    const { context, page, problems } = await openEditor();
    await page.getByText('Tạo mới', { exact: true }).click();
    await field(page, 'description').locator('input').fill('Đ'.repeat(250));
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    // The editor validates after the click; on a busy machine that took over a second.
    const shown = { timeout: 20_000 };
    await expect.poll(() => field(page, 'title').getByText('Trường này bắt buộc phải điền.').isVisible(), shown).toBe(true);
    await expect.poll(() => field(page, 'description').getByText('Bạn không thể nhập nhiều hơn 200 ký tự.').isVisible(), shown).toBe(true);
    await screenshot(page, 'cms-loi-nhap-lieu');
    await copyRepositoryBack(page, repository);
    await context.close();
    expect(problems).toEqual([]);
    expect(snapshot(repository)).toEqual(before);
  }, 120_000);
});
