/** Feeds, sitemap and robots.txt: valid, absolute, and listing every item page. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feeds } from '../../src/data/feeds';
import { siteConfig } from '../../src/site.config';
import { builtPages, distDir, listFiles } from '../support/dist';

const site = (process.env.SITE_URL ?? siteConfig.url).replace(/\/$/, '');
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });
const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const itemPages = builtPages().filter((page) => page.root.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article');
/** The section whose feed carries a page: the longest feed prefix it starts with (a winning work's, not its contest's). */
const feedSectionOf = (pagePath: string) =>
  feeds
    .map((feed) => feed.path.replace(/rss\.xml$/, ''))
    .filter((prefix) => prefix !== '/' && pagePath.startsWith(prefix))
    .sort((a, b) => b.length - a.length)[0];
const onlyItems = (prefix: string) =>
  itemPages.filter((page) => feedSectionOf(page.path) === prefix && !page.path.includes('/ban-doc/')).map((page) => `${site}${page.path}`);

/** Sections whose feed carries pages that gather other items: each week's programme, each calendar day. */
const GATHERING_PAGES: Record<string, RegExp> = {
  '/phat-thanh/': /^\/phat-thanh\/\d{4}\/tuan-\d{2}\/$/u,
  '/ngay-nay-nam-xua/': /^\/ngay-nay-nam-xua\/\d{2}-\d{2}\/$/u,
};

it('has a feed for every section that gathers other items', () => {
  expect(feeds.map((feed) => feed.path)).toEqual(expect.arrayContaining(Object.keys(GATHERING_PAGES).map((prefix) => `${prefix}rss.xml`)));
});

it('credits an article’s author by name with dc:creator', () => {
  expect(read('bai-viet/rss.xml')).toMatch(/<dc:creator>[^<]+<\/dc:creator>/u);
});

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
  const channel = parser.parse(xml).rss.channel as { link: string; 'atom:link'?: { '@_href': string; '@_rel': string } };

  it('links its channel to its own section, names its own address as Atom "self", and credits authors with dc:creator', () => {
    expect(channel.link).toBe(`${site}${prefix}`);
    expect(xml).toContain(`<atom:link href="${site}${feedPath}" rel="self" type="application/rss+xml"/>`);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    // RSS 2.0's <author> holds an e-mail address; a name goes in dc:creator.
    expect(xml).not.toMatch(/<author>/u);
  });

  if (prefix === '/') {
    it('carries the newest items of every kind, as many as the kinds have up to 50', () => {
      // The whole site's feed carries items; the radio and calendar feeds carry pages made of them.
      const everyItem = feeds
        .filter((feed) => feed.path !== feedPath && !(feed.path.replace('rss.xml', '') in GATHERING_PAGES))
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
  } else if (prefix in GATHERING_PAGES) {
    it('lists every page of its section that gathers other items', () => {
      const pattern = GATHERING_PAGES[prefix]!;
      const expected = builtPages()
        .filter((page) => pattern.test(page.path))
        .map((page) => `${site}${page.path}`);
      expect(expected.length).toBeGreaterThan(0);
      expect(items.map((item) => item.link).sort()).toEqual(expected.sort());
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
