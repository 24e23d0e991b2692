/**
 * Every item page as its route data promises: one frame (ItemLayout), the structured data type
 * its kind and category call for (a made-up item's is a marked CreativeWork), one publisher
 * everywhere, a trail ending at the page, a radio
 * version that carries the same trail, and previous/next links that agree with each other.
 */
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug';
import { siteConfig } from '../../src/site.config';
import { owner } from '../../src/data/sample';
import { builtPages, type BuiltPage } from '../support/dist';
import { publishedEntries } from '../support/content-files';

const site = (process.env.SITE_URL ?? siteConfig.url).replace(/\/$/, '');
const pages = builtPages();
const byPath = new Map(pages.map((page) => [page.path, page]));
const sections = {
  article: '/bai-viet/',
  story: '/ke-chuyen-bac-ho/',
  exemplar: '/tam-guong-binh-di/',
  question: '/cau-hoi-hang-tuan/',
  document: '/van-ban/',
  model: '/mo-hinh/',
  chart: '/so-lieu/',
  // Before the rounds: the works' section lies inside theirs, and the first section a path starts with is its kind.
  contestWork: '/cuoc-thi/tac-pham/',
  contest: '/cuoc-thi/',
};
const isItem = (page: BuiltPage) =>
  page.root.querySelector('meta[property="og:type"]')?.getAttribute('content') === 'article' && !page.path.endsWith('/ban-doc/');
const items = pages.filter(isItem);
const kindOf = (page: BuiltPage) =>
  (Object.keys(sections) as (keyof typeof sections)[]).find((kind) => page.path.startsWith(sections[kind]));

type Ld = Record<string, unknown> & { '@type': string };
const ldOf = (page: BuiltPage): Ld[] =>
  page.root.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.text) as Ld);
const mainLd = (page: BuiltPage) => ldOf(page).find((ld) => ld['@type'] !== 'BreadcrumbList');
const trail = (page: BuiltPage) =>
  (ldOf(page).find((ld) => ld['@type'] === 'BreadcrumbList')?.itemListElement as { name: string; item: string }[] | undefined) ?? [];
/** Paths of the made-up items (`sample: true`): profiles, models, contest rounds and winning works. */
const sampleFolders = {
  exemplars: sections.exemplar,
  models: sections.model,
  contests: sections.contest,
  'contest-works': sections.contestWork,
};
const samplePaths = new Set(
  Object.entries(sampleFolders).flatMap(([folder, section]) =>
    publishedEntries(folder)
      .filter((entry) => entry.data.sample === true)
      .map((entry) => `${section}${entry.id}/`),
  ),
);
const eyebrow = (page: BuiltPage) => page.root.querySelector('article.item header .eyebrow')?.text.trim() ?? '';

/** The sequence a page is read in, if its kind has one: all articles, all questions, a story's collection. */
const sequenceOf = (page: BuiltPage) => {
  const kind = kindOf(page);
  if (kind === 'article' || kind === 'question') return kind;
  return kind === 'story' ? page.path.split('/').slice(0, 3).join('/') : undefined;
};
const linkOf = (page: BuiltPage | undefined, rel: 'prev' | 'next') => page?.root.querySelector(`a[rel="${rel}"]`)?.getAttribute('href');

describe('item pages', () => {
  it('exist for every kind', () => {
    for (const kind of Object.keys(sections)) expect(items.filter((page) => kindOf(page) === kind).length, kind).toBeGreaterThan(0);
  });

  it('link the pages of a sequence in a chain: all but one have a previous link, all but one a next link', () => {
    const sequences = Map.groupBy(items.filter(sequenceOf), (page) => sequenceOf(page));
    expect(sequences.size).toBeGreaterThan(2);
    for (const [sequence, members] of sequences) {
      expect(members.length, sequence).toBeGreaterThan(1);
      expect(members.filter((page) => linkOf(page, 'prev')).length, sequence).toBe(members.length - 1);
      expect(members.filter((page) => linkOf(page, 'next')).length, sequence).toBe(members.length - 1);
    }
  });
});

describe.each(items.map((page) => [page.path, page] as const))('%s', (_, page) => {
  const kind = kindOf(page);

  it('has the structured data type of its kind', () => {
    const ld = mainLd(page);
    if (samplePaths.has(page.path)) return expect(ld?.['@type']).toBe('CreativeWork');
    if (kind === 'article') expect(ld?.['@type']).toBe(slugify(eyebrow(page)) === 'tin-tuc' ? 'NewsArticle' : 'Article');
    if (kind === 'story') expect(ld?.['@type']).toBe('Article');
    if (kind === 'exemplar') expect(ld?.['@type']).toBe(eyebrow(page).startsWith('Cá nhân') ? 'Person' : 'Organization');
    if (kind === 'question') expect(ld?.['@type']).toBe('QAPage');
    if (kind === 'document' || kind === 'model' || kind === 'chart') expect(ld?.['@type']).toBe('Article');
  });

  it('is framed as every item is: header with eyebrow and h1, share box in the side column', () => {
    expect(page.root.querySelectorAll('.item-page > article.item > header > h1')).toHaveLength(1);
    expect(eyebrow(page)).not.toBe('');
    expect(page.root.querySelector('.item-page > .item-side > [data-share]')).not.toBeNull();
  });

  it('names the one publisher of the site', () => {
    const ld = mainLd(page) as { publisher?: unknown; mainEntity?: { author?: unknown } } | undefined;
    const publisher = ld?.publisher ?? ld?.mainEntity?.author;
    if (kind === 'exemplar' && !samplePaths.has(page.path)) return expect(publisher).toBeUndefined();
    expect(publisher).toEqual({
      '@type': 'Organization',
      name: owner.publisher,
      url: `${site}/`,
      logo: { '@type': 'ImageObject', url: `${site}/favicon.svg` },
    });
  });

  it('has a trail from the home page to itself', () => {
    const steps = trail(page);
    expect(steps[0]?.item).toBe(`${site}/`);
    // A winning work is filed in the contests' section, under its round, as a story is under its collection.
    expect(steps[1]?.item).toBe(`${site}${kind === 'contestWork' ? sections.contest : sections[kind!]}`);
    expect(steps.at(-1)?.item).toBe(`${site}${page.path}`);
  });

  it('links its radio version, which keeps the same trail and adds a step', () => {
    const radioPath = `${page.path}ban-doc/`;
    expect(page.root.querySelector(`a[href="${radioPath}"]`)).not.toBeNull();
    const radio = byPath.get(radioPath);
    expect(radio, radioPath).toBeDefined();
    expect(trail(radio!).slice(0, -1)).toEqual(trail(page));
    expect(trail(radio!).at(-1)?.item).toBe(`${site}${radioPath}`);
  });

  it('has previous and next links that point back to it, or none outside a sequence', () => {
    const previous = linkOf(page, 'prev');
    const next = linkOf(page, 'next');
    if (!sequenceOf(page)) return expect([previous, next]).toEqual([undefined, undefined]);
    expect(previous ?? next, 'a page of a sequence links to a neighbour').toBeDefined();
    // Each link that is there must be answered by the neighbour's link back.
    expect(previous && linkOf(byPath.get(previous), 'next')).toBe(previous && page.path);
    expect(next && linkOf(byPath.get(next), 'prev')).toBe(next && page.path);
  });
});
