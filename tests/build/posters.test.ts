/**
 * The posters for notice boards in the built site: one at A4 and one at A3 for every "Lời Bác
 * dạy" quotation (the weekly questions' `quote`), exemplar, model and chart, linked from the
 * item's page; a page of its own with no menu, footer or share buttons, kept out of search
 * engines (noindex, so out of the sitemap), of the site search and of the share images, that
 * loads nothing from another origin and prints the office's line and a made-up item's mark.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, distDir, listFiles } from '../support/dist';
import { chartPath, exemplarPath, modelPath, posterPath, questionPath } from '../../src/lib/routes';
import { shareImagePath } from '../../src/lib/share-image/paths';
import { publishedEntries } from '../support/content-files';
import { owner } from '../../src/data/sample';
import { siteUrl } from '../../src/data/site-url';

/** Every item that has a poster, with whether it is made up. */
const items = [
  ...publishedEntries('questions').map((entry) => ({ path: questionPath(Number(entry.data.year), Number(entry.data.week)), entry })),
  ...publishedEntries('exemplars').map((entry) => ({ path: exemplarPath(entry.id), entry })),
  ...publishedEntries('models').map((entry) => ({ path: modelPath(entry.id), entry })),
  ...publishedEntries('charts', /\.ya?ml$/).map((entry) => ({ path: chartPath(entry.id), entry })),
];

describe('Áp phích', () => {
  it('covers every question, exemplar, model and chart, at A4 and A3, and nothing else', () => {
    const expected = items.flatMap(({ path: item }) => [posterPath(item), posterPath(item, 'a3')]).sort();
    const built = builtPages()
      .map((page) => page.path)
      .filter((sitePath) => sitePath.includes('/ap-phich/'))
      .sort();
    expect(built).toEqual(expected);
  });

  it.each(items.map(({ path: item, entry }) => [item, entry.data.sample === true] as const))(
    '%s: linked from its page, a bare page kept out of search, with the office and the sample mark',
    (item, sample) => {
      expect(builtPage(item).root.querySelector('.poster-link a')?.getAttribute('href')).toBe(posterPath(item));
      for (const size of ['a4', 'a3'] as const) {
        const poster = builtPage(posterPath(item, size));
        const { root, html } = poster;
        expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
        expect(html).not.toContain('data-pagefind-body');
        expect(root.querySelector('.site-header, .site-footer, .share, [data-share]')).toBeNull();
        expect(root.querySelectorAll('.poster-tools a:not(.skip-link)').map((link) => link.getAttribute('href'))).toEqual([
          item,
          posterPath(item, size === 'a4' ? 'a3' : 'a4'),
        ]);
        expect(root.querySelector('.poster__office')?.text).toBe(owner.masthead);
        expect(root.querySelector('.poster__sample') !== null).toBe(sample);
        expect(root.querySelector('.poster__qr svg')).not.toBeNull();
        expect(html).toContain(`@page{size:${size.toUpperCase()} portrait`);
        const elsewhere = [...html.matchAll(/(?:src|href)="((?:https?:)?\/\/[^"]*)"/g)]
          .map(([, url]) => url!)
          .filter((url) => !url.startsWith(siteUrl));
        expect(elsewhere).toEqual([]);
        expect(existsSync(path.join(distDir, shareImagePath(posterPath(item, size))))).toBe(false);
      }
    },
  );

  it('is left out of the sitemap', () => {
    const sitemaps = listFiles(distDir)
      .filter((file) => /^sitemap.*\.xml$/.test(file))
      .map((file) => readFileSync(path.join(distDir, file), 'utf8'))
      .join('\n');
    expect(sitemaps).toContain('/mo-hinh/');
    expect(sitemaps).not.toContain('/ap-phich/');
  });
});
