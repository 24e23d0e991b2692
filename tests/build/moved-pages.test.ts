/**
 * A renamed item keeps its old address, and a weekly question of weeks 1–9 answers at its week
 * without the 0; each sends readers (and link previews) to the page.
 */
import { describe, expect, it } from 'vitest';
import { MOVED_ITEMS, movedPages } from '../../src/lib/moved-pages';
import { publishedEntries } from '../support/content-files';
import { builtPage, movedPageFiles } from '../support/dist';

/** The published questions of weeks 1–9, read from their files, with both their addresses. */
const earlyWeeks = publishedEntries('questions')
  .map(({ data }) => ({ year: Number(data.year), week: Number(data.week) }))
  .filter(({ week }) => week < 10)
  .map(({ year, week }) => [`/cau-hoi-hang-tuan/${year}/tuan-${week}/`, `/cau-hoi-hang-tuan/${year}/tuan-0${week}/`]);

describe('moved pages', () => {
  const moved = Object.entries(movedPages({ ...MOVED_ITEMS, ...Object.fromEntries(earlyWeeks) }));

  it('include the sample questions of weeks 1–9', () => {
    expect(earlyWeeks.length).toBeGreaterThan(0);
  });

  it('exist for each old address, item page and radio page, and nothing else redirects', () => {
    expect(
      movedPageFiles()
        .map((page) => page.path)
        .sort(),
    ).toEqual(moved.map(([from]) => from).sort());
  });

  it.each(moved)('%s sends the reader to %s, which exists, in Vietnamese and unindexed', (from, to) => {
    const page = movedPageFiles().find((candidate) => candidate.path === from);
    expect(page?.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0;url=${to}`);
    expect(page?.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${to}$`));
    expect(page?.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(page?.html).toContain('lang="vi"');
    expect(builtPage(to).html).toContain('<h1');
  });
});
