/**
 * A sample site says so on every page and in everything that leaves it, and names no office as
 * its own; a made-up item carries its mark into its previews, share card, share box, structured
 * data, feeds, radio page, .txt and the weekly programme. Read from dist/ of the default
 * settings (src/site.config.ts `sample: true`); an office's build skips these checks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/ui';
import { owner, sampleWording } from '../../src/data/sample';
import { SAMPLE_NOTICE } from '../../src/lib/radio/phrases';
import { siteConfig } from '../../src/site.config';
import { publishedEntries } from '../support/content-files';
import { builtPage, builtPages, distDir, listFiles, type BuiltPage } from '../support/dist';

const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const pages = builtPages();
const texts = listFiles(distDir).filter((file) => file.endsWith('/ban-doc.txt'));
const feedsXml = listFiles(distDir).filter((file) => file.endsWith('.xml') && !file.startsWith('sitemap'));
const ldOf = (page: BuiltPage) =>
  page.root.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text) as Record<string, unknown>);
const meta = (page: BuiltPage, name: string) =>
  page.root.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ??
  page.root.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
/** Every "name" of an Organization anywhere in a page's structured data. */
const organisations = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(organisations);
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const own = record['@type'] === 'Organization' && typeof record.name === 'string' ? [record.name] : [];
  return [...own, ...Object.values(record).flatMap(organisations)];
};

const sampleItems = (['exemplars', 'models'] as const).flatMap((folder) =>
  publishedEntries(folder)
    .filter((entry) => entry.data.sample === true)
    .map((entry) => ({ path: `/${folder === 'exemplars' ? 'tam-guong-binh-di' : 'mo-hinh'}/${entry.id}/`, name: String(entry.data.name) })),
);

describe.runIf(siteConfig.sample)('a sample site', () => {
  it('shows the banner on every page and keeps every page out of search engines', () => {
    const missing = pages.filter(
      (page) => !page.root.querySelector('[data-sample-banner]') || !/^noindex/.test(meta(page, 'robots') ?? ''),
    );
    expect(missing.map((page) => page.path)).toEqual([]);
    expect(pages.filter((page) => page.root.querySelector('link[rel="canonical"]')).map((page) => page.path)).toEqual([]);
    expect(read('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('names no office in the masthead, the footer or the about page, and says what is not configured', () => {
    const home = builtPage('/');
    expect(home.root.querySelector('.brand__office')?.text.trim()).toBe('Trang mẫu, chưa có cơ quan chủ quản');
    for (const [page, where] of [
      [home, '.site-footer'],
      [builtPage('/gioi-thieu/'), 'main'],
    ] as const) {
      const lines = page.root.querySelectorAll(`${where} .owner-lines li`).map((line) => line.text.replace(/\s+/g, ' ').trim());
      expect(lines).toEqual([
        `${ui.footer.office}: ${ui.sampleSite.notSet}`,
        `${ui.footer.responsible}: ${ui.sampleSite.notSet}`,
        `${ui.footer.address}: ${ui.sampleSite.notSet}`,
        `${ui.footer.phone}: ${ui.sampleSite.notSet}`,
        `${ui.footer.email}: ${ui.sampleSite.notSet}`,
        `${ui.footer.permit}: ${ui.sampleSite.notSet}`,
      ]);
    }
    expect(builtPage('/gioi-thieu/').root.querySelector('#trang-mau')).not.toBeNull();
  });

  it('names only the sample as publisher or author in structured data, and prints only its byline', () => {
    const named = new Set(pages.flatMap((page) => ldOf(page).flatMap(organisations)));
    expect([...named].sort()).toEqual([owner.publisher, sampleWording.byline].sort());
    const bylines = new Set(pages.flatMap((page) => page.root.querySelectorAll('.item-meta span').map((span) => span.text.trim())));
    expect([...bylines].filter((text) => /^(Phòng|Ban) /.test(text))).toEqual([]);
    expect(bylines).toContain(sampleWording.byline);
  });

  it('says in every feed channel that the site is a sample, and names no department as an author', () => {
    for (const file of feedsXml) {
      const xml = read(file);
      expect(xml, file).toContain(`(${ui.sampleSite.noOffice})</description>`);
      expect(xml.match(/<author>[^<]*<\/author>/g) ?? [], file).not.toContainEqual(expect.stringMatching(/Phòng|Ban /));
    }
  });

  it('closes every radio script and programme without crediting an office', () => {
    for (const file of texts) {
      const last = read(file).trimEnd().split('\r\n\r\n').at(-1) ?? '';
      if (file.startsWith('phat-thanh/')) {
        expect(last, file).toContain('bản mẫu chương trình phát thanh');
        expect(last, file).not.toContain('thực hiện');
      } else {
        expect(last, file).toContain(`Nguồn: ${owner.sourceLine}.`);
      }
    }
  });
});

describe('a made-up item carries its mark wherever it goes', () => {
  it('has made-up items to check', () => {
    expect(sampleItems.length).toBeGreaterThan(0);
  });

  it.each(sampleItems)('$path', ({ path: itemPath, name }) => {
    const page = builtPage(itemPath);
    const mark = ui.sample;
    expect(meta(page, 'description')?.startsWith(`${mark}: `)).toBe(true);
    expect(meta(page, 'og:description')?.startsWith(`${mark}: `)).toBe(true);
    expect(page.root.querySelector('body')?.getAttribute('data-share-kind')).toBe(mark);
    const share = page.root.querySelector('[data-share]');
    expect(share?.getAttribute('data-title')).toBe(`${name} (${mark})`);
    expect(share?.getAttribute('data-message')?.split('\n')[0]).toBe(`${name} (${mark})`);
    const ld = ldOf(page).find((item) => item['@type'] !== 'BreadcrumbList');
    expect(ld).toMatchObject({ '@type': 'CreativeWork', name: `${name} (${mark})`, genre: mark });
    const radio = builtPage(`${itemPath}ban-doc/`);
    expect(radio.root.querySelector('.sample-badge')?.text.trim()).toBe(mark);
    expect(meta(radio, 'description')?.startsWith(`${mark}: `)).toBe(true);
    const text = read(`${itemPath.slice(1)}ban-doc.txt`);
    expect(text.split('\r\n\r\n')[1]).toContain(SAMPLE_NOTICE);
    expect(text.trimEnd().split('\r\n\r\n').at(-1)).toContain(' minh họa “');
  });

  it('is titled with its mark in the feeds', () => {
    for (const { name } of sampleItems) {
      expect(
        feedsXml.some((file) => read(file).includes(`<title>${name} (${ui.sample})</title>`)),
        name,
      ).toBe(true);
    }
  });

  it('is announced as illustration in the weekly programme, never as a real person', () => {
    const exemplars = new Set(sampleItems.filter((item) => item.path.startsWith('/tam-guong-binh-di/')).map((item) => item.path));
    const programmes = pages.filter((page) => /^\/phat-thanh\/\d{4}\/tuan-\d{2}\/$/.test(page.path));
    const withSample = programmes.filter((page) =>
      page.root.querySelectorAll('[data-programme-segments] a').some((link) => exemplars.has(link.getAttribute('href') ?? '')),
    );
    expect(withSample.length).toBeGreaterThan(0);
    for (const page of withSample) {
      const script = read(`${page.path.slice(1)}ban-doc.txt`);
      expect(script, page.path).toContain('một câu chuyện minh họa về cách học tập và làm theo Bác');
      expect(script, page.path).toContain(SAMPLE_NOTICE);
      expect(script, page.path).not.toContain('tìm hiểu một tấm gương bình dị');
      const link = page.root.querySelectorAll('[data-programme-segments] a').find((a) => exemplars.has(a.getAttribute('href') ?? ''));
      expect(link?.text.trim().endsWith(`(${ui.sample})`)).toBe(true);
    }
  });
});
