/**
 * Astro's incremental build copies a page from the last build when its cacheKey (a digest
 * of what the page shows, src/data/reusable-paths.ts) is unchanged. A stale page would be a silent bug, so this
 * rebuilds one copy of the fixture the way editors and the daily rebuild do.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildFixtureSteps } from '../support/fixture-build';
import { fromIndexSpelling } from '../../src/lib/search/folding';

const ARTICLE = 'articles/bai-mau.mdx';
const ARTICLE_PAGE = 'bai-viet/bai-mau/index.html';
const ARTICLE_LIST = 'bai-viet/index.html';
const EXEMPLAR_PAGE = 'tam-guong-binh-di/tam-guong-mau/index.html';

/** Pages the build log says were copied from the last build rather than rendered. */
const reused = (output: string) => output.split('\n').filter((line) => /\((cached|restored)\)\s*$/.test(line));

describe('incremental rebuilds', () => {
  it('reuse unchanged pages, and render again when content or what is published changes', async () => {
    const [first, unchanged, nextDay, quietDay, edited] = await buildFixtureSteps([
      // The exemplar (3 Feb 2025) and the question (29 Dec 2025) are still scheduled.
      { env: { BUILD_DATE: '2025-02-02' } },
      { env: { BUILD_DATE: '2025-02-02' } },
      { env: { BUILD_DATE: '2025-02-03' } },
      { env: { BUILD_DATE: '2025-02-04' } },
      { env: { BUILD_DATE: '2025-02-04' }, change: (e) => e.replace(ARTICLE, 'title: Bài mẫu để kiểm thử', 'title: Bài mẫu đã sửa tiêu đề') },
    ]);
    for (const build of [first, unchanged, nextDay, quietDay, edited]) expect(build?.code, build?.output).toBe(0);
    if (!first || !unchanged || !nextDay || !quietDay || !edited) throw new Error('A build is missing.');

    expect(reused(first.output)).toEqual([]);
    expect(first.pages).not.toContain(EXEMPLAR_PAGE);

    // Nothing changed: the item pages are copies, and the site is the same byte for byte.
    expect(reused(unchanged.output).some((line) => line.includes(`/${ARTICLE_PAGE}`))).toBe(true);
    expect(unchanged.html).toEqual(first.html);

    // A new day publishes what was scheduled for it: its page and the lists that show it are
    // rendered, and a page that does not show it is copied.
    expect(nextDay.pages).toContain(EXEMPLAR_PAGE);
    expect(nextDay.html.get('tam-guong-binh-di/index.html')).toContain('Tấm gương mẫu');
    expect(nextDay.html.get('tam-guong-binh-di/dia-ban/huyen-mau/index.html')).toContain('Tấm gương mẫu');
    expect(reused(nextDay.output).some((line) => line.includes(`/${EXEMPLAR_PAGE}`))).toBe(false);
    expect(reused(nextDay.output).some((line) => line.includes(`/${ARTICLE_PAGE}`))).toBe(true);

    // A day that publishes nothing new changes no page: the daily rebuild copies them.
    expect(reused(quietDay.output).some((line) => line.includes(`/${EXEMPLAR_PAGE}`))).toBe(true);
    expect(quietDay.html).toEqual(nextDay.html);

    // An edited title shows on its page and in the lists that name it.
    for (const page of [ARTICLE_PAGE, ARTICLE_LIST]) expect(reused(edited.output).some((line) => line.includes(`/${page}`))).toBe(false);
    expect(edited.html.get(ARTICLE_PAGE)).toContain('Bài mẫu đã sửa tiêu đề');
    expect(edited.html.get(ARTICLE_LIST)).toContain('Bài mẫu đã sửa tiêu đề');
    expect(edited.html.get(ARTICLE_LIST)).not.toContain('Bài mẫu để kiểm thử');
  });
});

/** Two more articles in the same category and tag, one newer and one older, so bai-mau is each one's neighbour and related article. */
const NEIGHBOURS = [
  { id: 'bai-moi-hon', title: 'Bài mới hơn để kiểm thử', pubDate: '2024-05-20' },
  { id: 'bai-cu-hon', title: 'Bài cũ hơn để kiểm thử', pubDate: '2024-05-18' },
];

const neighbourArticle = ({ title, pubDate }: (typeof NEIGHBOURS)[number]) => `---
title: ${title}
description: Một bài viết khác cùng chuyên mục, dùng trong kiểm thử dựng lại từng phần.
pubDate: ${pubDate}
category: Tin tức
tags: [Kiểm thử]
---

Nội dung của một bài khác.
`;

/** Output files of pages the build log says were rendered, not copied: "├─ /bai-viet/x/index.html (+12ms)". */
const rendered = (output: string) =>
  new Set(output.split('\n').flatMap((line) => /├─ \/(\S+) \(\+[\d.]+m?s\)\s*$/.exec(line)?.slice(1) ?? []));

/** Pages copied from the last build: "├─ /bai-viet/x/index.html (cached)". */
const copied = (output: string) => new Set(output.split('\n').flatMap((line) => /├─ \/(\S+) \((?:cached|restored)\)\s*$/.exec(line)?.slice(1) ?? []));

/** The search index's text (Pagefind's fragments, gzipped JSON) of the page at `url`. */
function searchFragment(files: Map<string, Buffer>, url: string): string | undefined {
  for (const [file, bytes] of files) {
    if (!file.startsWith('pagefind/fragment/')) continue;
    const text = gunzipSync(bytes).toString('utf8');
    // The index spells đ as d with a combining stroke; read it back as the page does.
    if (text.includes(`"url":"${url}"`)) return fromIndexSpelling(text);
  }
  return undefined;
}

/** Files whose text names `text`. */
const filesShowing = (files: Map<string, Buffer>, text: string) =>
  [...files].filter(([file, bytes]) => /\.(html|xml|txt)$/.test(file) && bytes.toString('utf8').includes(text)).map(([file]) => file);

describe('incremental rebuilds render what shows an edit, and nothing else', () => {
  it('an edited body renders its article and radio page; an edited title or name also every page that shows it', async () => {
    const ARTICLE_RADIO = 'bai-viet/bai-mau/ban-doc/index.html';
    const BODY = 'Đoạn văn mới được biên tập thêm vào bài.';
    const OLD_TITLE = 'Bài mẫu để kiểm thử';
    const NEW_TITLE = 'Bài mẫu đã đổi tên';
    const env = { BUILD_DATE: '2026-01-05' };
    const OLD_NAME = 'Tấm gương mẫu';
    const NEW_NAME = 'Tấm gương được đổi tên';
    const [first, unchanged, body, title, name] = await buildFixtureSteps([
      { env, change: (e) => NEIGHBOURS.forEach((article) => e.write(`articles/${article.id}.mdx`, neighbourArticle(article))) },
      { env },
      { env, change: (e) => e.replace(ARTICLE, 'Nội dung bài mẫu.', `Nội dung bài mẫu.\n\n${BODY}`) },
      { env, change: (e) => e.replace(ARTICLE, `title: ${OLD_TITLE}`, `title: ${NEW_TITLE}\nupdatedDate: 2025-12-30`) },
      { env, change: (e) => e.replace('exemplars/tam-guong-mau.mdx', `name: ${OLD_NAME}`, `name: ${NEW_NAME}`) },
    ]);
    for (const build of [first, unchanged, body, title, name]) expect(build?.code, build?.output).toBe(0);
    if (!first || !unchanged || !body || !title || !name) throw new Error('A build is missing.');

    // Pages without getStaticPaths (home, section indexes, feeds) are rendered on every build; every other page is copied.
    const always = rendered(unchanged.output);
    expect(copied(unchanged.output).size).toBeGreaterThanOrEqual(20);
    expect(always.size, [...always].join(' ')).toBeLessThan(copied(unchanged.output).size);
    const renderedFor = (build: typeof body) => [...rendered(build.output)].filter((page) => !always.has(page)).sort();

    // Body: the article and its radio script, nothing else, and every other page as it was.
    expect(renderedFor(body)).toEqual([ARTICLE_PAGE, ARTICLE_RADIO].sort());
    expect(body.html.get(ARTICLE_PAGE)).toContain(BODY);
    expect(body.files.get('bai-viet/bai-mau/ban-doc.txt')?.toString('utf8')).toContain(BODY);
    expect(searchFragment(body.files, '/bai-viet/bai-mau/')).toContain(BODY);
    const changedPages = [...body.html].filter(([page, html]) => unchanged.html.get(page) !== html).map(([page]) => page);
    expect(changedPages.sort()).toEqual([ARTICLE_PAGE, ARTICLE_RADIO].sort());

    // Title: every page that shows it, and no page about stories, exemplars or questions.
    const titlePages = renderedFor(title);
    const showing = [
      ARTICLE_PAGE,
      ARTICLE_RADIO,
      ARTICLE_LIST,
      'bai-viet/chuyen-muc/tin-tuc/index.html',
      'bai-viet/the/kiem-thu/index.html',
      // Related article and previous/next on both neighbours.
      'bai-viet/bai-moi-hon/index.html',
      'bai-viet/bai-cu-hon/index.html',
      // The feeds that carry it.
      'rss.xml',
      'bai-viet/rss.xml',
      // The sample model lists it among its related articles.
      'mo-hinh/mo-hinh-mau/index.html',
    ];
    expect(titlePages).toEqual(expect.arrayContaining(showing));
    // Model pages are keyed by every article's front matter, so the model lists render again too.
    expect(titlePages.filter((page) => !page.startsWith('bai-viet/') && !page.startsWith('mo-hinh/') && page !== 'rss.xml')).toEqual([]);
    expect(copied(title.output)).toContain('ke-chuyen-bac-ho/rss.xml');
    expect(titlePages).not.toContain('bai-viet/bai-moi-hon/ban-doc/index.html');
    for (const page of [...showing.filter((page) => page.endsWith('.html')), 'index.html']) expect(title.html.get(page), page).toContain(NEW_TITLE);
    expect(filesShowing(title.files, OLD_TITLE)).toEqual([]);
    for (const feed of ['rss.xml', 'bai-viet/rss.xml']) expect(title.files.get(feed)?.toString('utf8'), feed).toContain(NEW_TITLE);
    expect(title.files.get('bai-viet/bai-mau/ban-doc.txt')?.toString('utf8')).toContain(NEW_TITLE);
    expect(searchFragment(title.files, '/bai-viet/bai-mau/')).toContain(NEW_TITLE);
    expect(title.files.get('sitemap-0.xml')?.toString('utf8')).toMatch(/bai-viet\/bai-mau\/<\/loc><lastmod>2025-12-30/);
    expect(body.files.get('sitemap-0.xml')?.toString('utf8')).toMatch(/bai-viet\/bai-mau\/<\/loc><lastmod>2024-05-19/);
    // An exemplar's new name: the model page that links to it renders again; the model's radio
    // script, the document and the chart, which do not show it, are copied; no page keeps the old name.
    expect(rendered(name.output)).toContain('mo-hinh/mo-hinh-mau/index.html');
    expect(name.html.get('mo-hinh/mo-hinh-mau/index.html')).toContain(NEW_NAME);
    for (const page of ['mo-hinh/mo-hinh-mau/ban-doc/index.html', 'van-ban/van-ban-mau/index.html', 'so-lieu/bieu-do-mau/index.html'])
      expect(copied(name.output), page).toContain(page);
    expect(filesShowing(name.files, OLD_NAME)).toEqual([]);
    const card = 'og/bai-viet/bai-mau.jpg';
    expect(title.files.get(card)?.equals(body.files.get(card) as Buffer)).toBe(false);
    expect(body.files.get(card)?.equals(unchanged.files.get(card) as Buffer)).toBe(true);
  });
});
