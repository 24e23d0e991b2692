/** Feeds, sitemap and robots.txt: valid, absolute, and listing every item page. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feeds } from '../../src/data/feeds';
import { siteConfig } from '../../src/site.config';
import { builtPages, distDir, listFiles } from '../support/dist';

const site = (process.env.SITE_URL ?? siteConfig.url).replace(/\/$/, '');
const parser = new XMLParser({ isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const itemPages = builtPages().filter((page) => page.root.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article');
const onlyItems = (prefix: string) =>
  itemPages.filter((page) => page.path.startsWith(prefix) && !page.path.includes('/ban-doc/')).map((page) => `${site}${page.path}`);

describe.each(feeds.map((feed) => [feed.path] as const))('%s', (feedPath) => {
  const xml = read(feedPath);
  const items: { link: string; title: string; pubDate: string }[] = parser.parse(xml).rss.channel.item ?? [];

  it('is well-formed RSS with absolute links', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.link.startsWith(`${site}/`)).toBe(true);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });

  const prefix = feedPath.replace('rss.xml', '');
  if (prefix === '/') {
    it('carries the newest items of every kind, as many as the kinds have up to 50', () => {
      const everyItem = feeds
        .filter((feed) => feed.path !== feedPath)
        .flatMap((feed) => parser.parse(read(feed.path)).rss.channel.item as { link: string; pubDate: string }[]);
      const time = (item: { pubDate: string }) => Date.parse(item.pubDate);
      expect(items).toHaveLength(Math.min(50, everyItem.length));
      expect(new Set(items.map((item) => item.link)).size).toBe(items.length);
      const oldestShown = Math.min(...items.map(time));
      const newer = everyItem.filter((item) => time(item) > oldestShown).map((item) => item.link);
      expect(items.map((item) => item.link)).toEqual(expect.arrayContaining(newer));
      for (const item of items) expect(everyItem.map((other) => other.link)).toContain(item.link);
      expect(items.map(time)).toEqual([...items.map(time)].sort((a, b) => b - a));
    });
  } else {
    it('lists every item page of its kind', () => {
      expect(items.map((item) => item.link).sort()).toEqual(onlyItems(prefix).sort());
    });
  }
});

describe('sitemap and robots.txt', () => {
  const sitemapFiles = listFiles(distDir).filter((file) => /^sitemap-\d+\.xml$/.test(file));
  const urls: { loc: string; lastmod?: string }[] = sitemapFiles.flatMap((file) => parser.parse(read(file)).urlset.url);

  it('lists every page except those marked noindex, each item with a lastmod', () => {
    const expected = builtPages()
      .filter((page) => !page.html.includes('<meta name="robots" content="noindex"'))
      .map((page) => `${site}${page.path}`);
    expect(urls.map((url) => url.loc).sort()).toEqual(expected.sort());
    for (const page of itemPages) {
      const url = urls.find((u) => u.loc === `${site}${page.path}`);
      expect(url?.lastmod, page.path).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  it("is announced by robots.txt on an office's site; a sample site's robots.txt keeps every crawler out", () => {
    if (siteConfig.sample) expect(read('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    else expect(read('robots.txt')).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  });
});
