/**
 * The defects of issue 22, each made again in the editor at /admin/ as an editor made it, on a
 * copy of content/: a new weekly question for a week that has one, a document attachment
 * replaced, an image from the shared library, the mistakes the form once saved (a .txt
 * attachment, a document with neither date of issue nor year, a quiz answer beyond its choices,
 * day-first dates in an English-language browser), a filled form left with the back arrow, and
 * the English words editors read. tests/browser/cms.test.ts covers creating and editing entries
 * and the form's own required and length checks; this file does not repeat them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/frontmatter';
import { buildInto } from '../support/fixture-build';
import { useEditor, type EditorSession } from '../support/editor';
import { NEW_ARTICLE, NEW_DOCUMENT, NEW_QUESTION, newQuestion } from '../support/form-entries';

const editor = useEditor();

/** The words issue 22 found in the editor: English left by the CMS, its jargon, and a raw key. */
const ISSUE_WORDS = [
  'Show Errors',
  'Slug',
  'Replace Image',
  'Replace File',
  'Select title',
  '_default',
  'Sveltia CMS is now available',
  'Chỉnh sửa bằng Markdown',
];

/**
 * Every word the editor shows now: its text, the values and placeholders of its boxes, and the
 * tips of its buttons (what a sighted editor reads; screen-reader labels are not included).
 */
function wordsOnScreen(session: EditorSession): Promise<string> {
  return session.page.evaluate(() => {
    const words = [document.body.innerText];
    for (const element of document.querySelectorAll('[title], [placeholder], input, textarea')) {
      for (const name of ['title', 'placeholder']) words.push(element.getAttribute(name) ?? '');
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) words.push(element.value);
    }
    return words.join('\n');
  });
}

/** A browser test's time: the CMS answers slowly on a busy machine. */
const LONG = 240_000;

/** The front matter of a file of the repository copy, as the CMS left it. */
const frontMatter = (file: string) =>
  parseDocument(readFileSync(path.join(editor.repository, file), 'utf8'), file).data as Record<string, unknown>;

describe('the editor at /admin/ (Vietnamese browser)', () => {
  let session: EditorSession;
  beforeAll(async () => {
    session = await editor.open();
  }, LONG);
  afterAll(() => session?.close());

  it(
    'refuses a new question for 2026 week 49, which has one, and leaves its file as it was',
    async () => {
      const before = await session.files();
      expect(before.has('content/questions/2026/tuan-49.mdx')).toBe(true);
      await session.open({ collection: 'questions' });
      await session.fill(newQuestion('2026', '49', '30112026'));
      await session.save();
      const refusal = await session.refusal();
      expect(refusal).toContain('Đã có một mục lưu ở tệp content/questions/2026/tuan-49.mdx');
      expect(refusal).toContain('chưa lưu');
      expect(await session.files()).toEqual(before);
    },
    LONG,
  );

  it.each([
    {
      mistake: 'a .txt attachment',
      open: { collection: 'documents' },
      values: { ...NEW_DOCUMENT, 'attachment.file': { upload: 'ghi-chu.txt' } } as const,
      refused: 'PDF (.pdf) hoặc Word (.docx)',
    },
    {
      mistake: 'a document with neither date of issue nor year',
      open: { collection: 'documents' },
      values: { ...NEW_DOCUMENT, issued: '' },
      refused: 'Cần ngày ban hành',
    },
    {
      mistake: 'a quiz whose right answer is 3 of 2 choices',
      open: { collection: 'questions' },
      values: { ...NEW_QUESTION, quiz: true, 'quiz.choices': { items: ['Năm 1945', 'Năm 1946'] }, 'quiz.correct': '3' },
      refused: 'Số thứ tự phương án đúng lớn hơn số phương án',
    },
  ])(
    'refuses $mistake before writing anything',
    async ({ open, values, refused }) => {
      const before = await session.files();
      await session.open(open);
      await session.fill(values);
      await session.save();
      expect(await session.refusal()).toContain(refused);
      expect(await session.files()).toEqual(before);
    },
    LONG,
  );

  it(
    "replaces a document's attachment with the uploaded file and points the field at it",
    async () => {
      const file = 'content/documents/chi-thi-05-ct-tw.mdx';
      expect(frontMatter(file)).toMatchObject({ attachment: { file: './tep/chi-thi-05-ct-tw-tom-tat.pdf' } });
      await session.open({ collection: 'documents', entry: 'Chỉ thị về đẩy mạnh học tập' });
      const upload = await session.testFile('tom-tat.pdf');
      await session.chooseFile('attachment.file', upload);
      await session.save();
      await session.saved();
      await session.copyBack();
      expect(frontMatter(file)).toMatchObject({ attachment: { file: './tep/tom-tat.pdf' } });
      expect(readFileSync(path.join(editor.repository, 'content/documents/tep/tom-tat.pdf'))).toEqual(readFileSync(upload));
    },
    LONG,
  );

  it('saves an image picked in the shared library where the build finds it', async () => {
    await session.open({ collection: 'articles' });
    await session.fill({ ...NEW_ARTICLE, cover: true });
    const photo = await session.testFile('hoi-truong-xa.jpg');
    await session.chooseFile('cover.src', photo, 'Ảnh và tệp chung');
    await session.fill({ 'cover.alt': 'Hội trường xã' });
    await session.save();
    await session.saved();
    await session.copyBack();
    const article = 'content/articles/bai-thu-cua-trinh-bien-tap.mdx';
    expect(frontMatter(article)).toMatchObject({ cover: { src: '/anh/hoi-truong-xa.jpg', alt: 'Hội trường xã' } });
    expect(readFileSync(path.join(editor.repository, 'content/anh/hoi-truong-xa.jpg'))).toEqual(readFileSync(photo));

    const build = await buildInto(path.join(editor.repository, 'content'), editor.work);
    expect(build.code, build.output).toBe(0);
    expect(build.html.get('bai-viet/bai-thu-cua-trinh-bien-tap/index.html')).toMatch(/<img[^>]+alt="Hội trường xã"/);
  }, 600_000);

  it(
    'asks before a filled new form is left with the back arrow or Escape, and stays when the editor says no',
    async () => {
      const { page } = session;
      await session.open({ collection: 'articles' });
      await session.fill({ title: 'Bài đang viết dở' });
      const asked: string[] = [];
      let answer = false;
      page.on('dialog', (dialog) => {
        asked.push(dialog.message());
        void (answer ? dialog.accept() : dialog.dismiss());
      });
      const title = page.locator('[data-key-path="title"] input').first();
      const question = 'Mục này có thay đổi chưa lưu. Rời đi bây giờ thì các thay đổi ấy sẽ mất. Vẫn rời đi?';
      await page.getByRole('button', { name: 'Hủy chỉnh sửa' }).first().click();
      expect(asked, 'asked once by the back arrow').toEqual([question]);
      await page.keyboard.press('Escape');
      expect(asked, 'asked once more, by Escape').toEqual([question, question]);
      expect(await page.evaluate(() => location.hash)).toBe('#/collections/articles/new');
      expect(await title.inputValue()).toBe('Bài đang viết dở');
      answer = true;
      await page.getByRole('button', { name: 'Hủy chỉnh sửa' }).first().click();
      await page.waitForFunction(() => location.hash === '#/collections/articles');
      page.removeAllListeners('dialog');
    },
    LONG,
  );

  it(
    'shows none of the English or generic words editors met, on the lists, in a form, after a refused save and in the file dialog',
    async () => {
      const { page } = session;
      const look = async (where: string) => {
        const text = await wordsOnScreen(session);
        for (const english of ISSUE_WORDS) expect(text, where).not.toContain(english);
        expect(text, where).not.toMatch(/\b2,0\d\d\b/);
        expect(text, where).not.toMatch(/\d+ bài viết/);
      };
      await page.evaluate(() => (location.hash = '#/collections/questions/entries/2026/tuan-49'));
      await (await session.field('year')).waitFor();
      await look('a question');
      await session.open({ collection: 'articles' });
      await session.fill({ cover: true, 'cover.src': { upload: 'hoi-truong-xa.jpg' } });
      await session.save();
      await page.locator('[role=alert], dialog[open]').first().waitFor();
      await look('a new article with a photo, after a refused save');
      const image = await session.field('cover.src');
      await image
        .getByRole('button')
        .filter({ hasText: /^\s*Thay thế\s*$/ })
        .first()
        .click();
      await page.locator('dialog[open]').last().waitFor();
      await look('the file dialog');
      await session.dismissDialogs();
      await page.evaluate(() => (location.hash = '#/collections/questions'));
      await page
        .getByText(/^Năm 2026, tuần \d+:/)
        .first()
        .waitFor();
      await look('the list of questions');
    },
    LONG,
  );
});

describe('the editor at /admin/ in an English-language browser', () => {
  let session: EditorSession;
  beforeAll(async () => {
    session = await editor.open({ locale: 'en-US' });
  }, LONG);
  afterAll(() => session?.close());

  // Sveltia offered "Sveltia CMS is now available in English (US)!", with "Change Language" and
  // "Later", from the package's own en-US text (see src/i18n/cms-interface.ts).
  it('shows no English banner or English words', async () => {
    const text = await wordsOnScreen(session);
    for (const english of ISSUE_WORDS) expect(text).not.toContain(english);
    expect(text).not.toMatch(/\b(?:Change Language|Later|Save|Cancel|Create)\b/);
  });

  it(
    'refuses 31/02/2026 typed day first and keeps it as typed, and saves 15/06/2025 as 15 June 2025',
    async () => {
      const before = await session.files();
      await session.open({ collection: 'articles' });
      await session.fill({ ...NEW_ARTICLE, title: 'Bài thử ngày gõ trước', pubDate: '31022026' });
      const pubDate = (await session.field('pubDate')).locator('input').first();
      expect(await pubDate.inputValue()).toBe('31022026');
      expect(await session.message('pubDate')).toContain('Không có ngày 31/2/2026');
      await session.save();
      expect(await session.refusal()).toContain('Ngày đăng');
      expect(await pubDate.inputValue()).toBe('31022026');
      expect(await session.files()).toEqual(before);

      await session.fill({ pubDate: '15062025' });
      expect(await pubDate.inputValue()).toBe('15/06/2025');
      expect(await (await session.field('pubDate')).innerText()).toContain('Chủ nhật, ngày 15 tháng 6 năm 2025');
      await session.save();
      await session.saved();
      await session.copyBack();
      expect(frontMatter('content/articles/bai-thu-ngay-go-truoc.mdx')).toMatchObject({ pubDate: '2025-06-15' });
    },
    LONG,
  );
});
