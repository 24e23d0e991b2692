/** Every built page previews well on Zalo and Facebook: the full set of head tags, absolute URLs, a real share image. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/site.config';
import { builtPages, distDir, type BuiltPage } from '../support/dist';

const site = (process.env.SITE_URL ?? siteConfig.url).replace(/\/$/, '');
const pages = builtPages();
const meta = (page: BuiltPage, key: string) =>
  page.root.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ??
  page.root.querySelector(`meta[name="${key}"]`)?.getAttribute('content');
const isItem = (page: BuiltPage) => meta(page, 'og:type') === 'article';

describe('the built site', () => {
  it('has item pages of every kind and list pages', () => {
    const prefixes = ['/bai-viet/', '/ke-chuyen-bac-ho/', '/tam-guong-binh-di/', '/cau-hoi-hang-tuan/'];
    for (const prefix of prefixes) expect(pages.filter((p) => p.path.startsWith(prefix) && isItem(p)).length, prefix).toBeGreaterThan(0);
    expect(pages.filter((p) => !isItem(p)).length).toBeGreaterThan(10);
  });
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (_, page) => {
  it('has a title, a one-line description and an absolute canonical URL', () => {
    expect(page.root.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(page.root.querySelector('title')?.text.trim()).toBeTruthy();
    const description = meta(page, 'description') ?? '';
    expect(description.length).toBeGreaterThan(20);
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description).not.toMatch(/[\n<>]/);
    const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href');
    // Pages kept out of search engines (not found, search results, every page of a sample site) have no canonical URL to point at.
    const robots = meta(page, 'robots');
    expect(canonical).toBe(robots ? undefined : `${site}${page.path}`);
    if (page.path === '/404.html') expect(robots).toBe('noindex');
    if (siteConfig.sample) expect(robots).toMatch(/^noindex/);
  });

  it('has the full Open Graph and Twitter set with absolute https URLs', () => {
    for (const key of [
      'og:title',
      'og:description',
      'og:type',
      'og:url',
      'og:site_name',
      'og:locale',
      'og:image',
      'og:image:width',
      'og:image:height',
      'og:image:alt',
      'og:image:type',
      'twitter:card',
      'twitter:image',
    ]) {
      expect(meta(page, key), key).toBeTruthy();
    }
    expect(meta(page, 'og:locale')).toBe('vi_VN');
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(['article', 'website']).toContain(meta(page, 'og:type'));
    for (const key of ['og:url', 'og:image', 'twitter:image']) expect(meta(page, key)?.startsWith(`${site}/`), key).toBe(true);
    expect(meta(page, 'og:image:type')).toBe('image/jpeg');
  });

  it(isItem(page) ? 'dates the item in ISO 8601' : 'is a list or section page, so it carries no article date', () => {
    const published = meta(page, 'article:published_time');
    if (isItem(page)) expect(published).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    else expect(published).toBeUndefined();
  });

  it('has a share image that exists: a 1200 by 630 JPEG under 300 KB', async () => {
    const file = path.join(distDir, new URL(meta(page, 'og:image') ?? '').pathname);
    expect(existsSync(file), file).toBe(true);
    const info = await sharp(file).metadata();
    expect([info.format, info.width, info.height]).toEqual(['jpeg', 1200, 630]);
    expect(info.size ?? (await sharp(file).toBuffer()).length).toBeLessThan(300 * 1024);
  });

  it('has structured data that parses, and links the feeds', () => {
    const scripts = page.root.querySelectorAll('script[type="application/ld+json"]');
    for (const script of scripts) expect(() => JSON.parse(script.text)).not.toThrow();
    if (isItem(page)) expect(scripts.length).toBeGreaterThanOrEqual(2);
    const feeds = page.root.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]');
    expect(feeds.length).toBeGreaterThanOrEqual(5);
    for (const feed of feeds) expect(feed.getAttribute('href')?.startsWith(`${site}/`)).toBe(true);
  });

  it('has one h1, a main landmark and a skip link to it', () => {
    expect(page.root.querySelectorAll('h1')).toHaveLength(1);
    expect(page.root.querySelectorAll('main#main')).toHaveLength(1);
    expect(page.root.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
  });
});
