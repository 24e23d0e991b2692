/** A renamed item keeps its old address, which sends readers (and link previews) to the new one. */
import { describe, expect, it } from 'vitest';
import { movedPages } from '../../src/lib/moved-pages';
import { builtPage, movedPageFiles } from '../support/dist';

describe('moved pages', () => {
  const moved = Object.entries(movedPages());

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
