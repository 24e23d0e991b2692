/**
 * The editor's local server (`npm run bien-tap`) on a copy of the valid fixture, with the files
 * written on disk as the editor's Save writes them: the first start builds the site; a valid
 * edit is rebuilt and served; an invalid one is reported with its file and field, nothing is
 * built, the previous page is still served and the server goes on; the save check's index is
 * read live and includes drafts; Ctrl+C stops it cleanly.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '../../src/data/content-index';
import { acquireBuildLock } from '../support/build-lock';
import { fixtureWorkFolder } from '../support/fixture-build';
import { startLocalServer, type LocalServer } from '../support/local-server';

const ARTICLE = 'articles/bai-mau.mdx';
const ARTICLE_PAGE = '/bai-viet/bai-mau/';
const DRAFT = 'articles/ban-nhap-chua-dang.mdx';

let work: string;
let server: LocalServer;
let release: () => void;
let original: string;

const content = (file: string) => path.join(work, 'content', file);

beforeAll(async () => {
  // The server runs astro build in this project, whose .astro/ one build at a time may use.
  release = await acquireBuildLock();
  work = fixtureWorkFolder();
  cpSync('tests/fixtures/valid-content', path.join(work, 'content'), { recursive: true });
  original = readFileSync(content(ARTICLE), 'utf8');
  writeFileSync(
    content(DRAFT),
    original
      .replace('title: Bài mẫu để kiểm thử', 'title: Bản nháp chưa đăng')
      .replace('pubDate: 2024-05-19', 'pubDate: 2024-05-19\ndraft: true'),
  );
  server = await startLocalServer(work);
}, 60_000);

afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
  release?.();
});

describe('the local server', () => {
  it('builds the site on first start and serves it as a static host would', async () => {
    const status = await server.waitFor((current) => current.state !== 'building');
    expect(status, server.output()).toMatchObject({ state: 'ready', problems: [] });
    const page = await server.get(ARTICLE_PAGE);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Bài mẫu để kiểm thử</h1>');
    expect((await server.get('/khong-co-trang-nay/')).status).toBe(404);
    expect(server.output()).toContain('Trang đã cập nhật lúc');
  }, 360_000);

  it('hands the save check the whole folder, drafts included, without bodies', async () => {
    const live = (await (await fetch(`${server.origin}/admin/content-index.json`)).json()) as ContentIndex;
    const draft = live.files.find((file) => file.path === `content/${DRAFT}`);
    expect(draft?.text).toContain('draft: true');
    expect(draft?.text).not.toContain('Nội dung bài mẫu.');
    // The build's own index is the public one: the draft is not in it.
    const built = JSON.parse(readFileSync(path.join(work, 'dist/admin/content-index.json'), 'utf8')) as ContentIndex;
    expect(built.files.some((file) => file.path === `content/${DRAFT}`)).toBe(false);
  });

  it('rebuilds after a valid edit, and the page shows it', async () => {
    const before = await server.waitFor((status) => status.state === 'ready');
    writeFileSync(content(ARTICLE), original.replace('title: Bài mẫu để kiểm thử', 'title: Bài mẫu đã sửa trong trình biên tập'));
    // The save check sees the saved file at once, before any rebuild.
    const live = (await (await fetch(`${server.origin}/admin/content-index.json`)).json()) as ContentIndex;
    expect(live.files.find((file) => file.path === `content/${ARTICLE}`)?.text).toContain('Bài mẫu đã sửa trong trình biên tập');
    const after = await server.waitFor((status) => status.state !== 'building' && status.builtAt !== before.builtAt);
    expect(after, server.output()).toMatchObject({ state: 'ready', problems: [] });
    expect((await server.get(ARTICLE_PAGE)).text).toContain('<h1>Bài mẫu đã sửa trong trình biên tập</h1>');
  }, 360_000);

  it('reports an invalid edit with its file and field, builds nothing and keeps serving the last page', async () => {
    const before = await server.waitFor((status) => status.state === 'ready');
    writeFileSync(content(ARTICLE), original.replace('title: Bài mẫu để kiểm thử', 'title: ""'));
    const status = await server.waitFor((current) => current.state === 'invalid', 60_000);
    expect(status.problems).toEqual([{ file: `content/${ARTICLE}`, field: 'title', message: 'Không được để trống.' }]);
    expect(status.builtAt).toBe(before.builtAt);
    expect(existsSync(path.join(work, '.cache/dist-next'))).toBe(false);
    expect((await server.get(ARTICLE_PAGE)).text).toContain('<h1>Bài mẫu đã sửa trong trình biên tập</h1>');
    expect(server.process.exitCode).toBeNull();
    expect(server.output()).toContain(`Tệp content/${ARTICLE}`);
  }, 120_000);

  it('stops on Ctrl+C, leaving no half-written build behind', async () => {
    expect(await server.stop()).toBe(0);
    expect(existsSync(path.join(work, '.cache/dist-next'))).toBe(false);
    expect(existsSync(path.join(work, 'dist/index.html'))).toBe(true);
  });
});
