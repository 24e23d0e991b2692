import { describe, expect, it } from 'vitest';
import { bundleKey, type BundleSettings, type SearchPage } from '../../../src/integrations/search-index/cache.ts';

const settings: BundleSettings = { pagefindVersion: '1.6.0', config: { forceLanguage: 'vi' }, removedFiles: ['pagefind-ui.js'] };
const pages: SearchPage[] = [
  { url: '/bai-viet/a/', content: '<article data-pagefind-body>Đắk Hà</article>' },
  { url: '/bai-viet/b/', content: '<article data-pagefind-body>Kon Tum</article>' },
];

async function* lazily(items: SearchPage[]): AsyncGenerator<SearchPage> {
  yield* items;
}

describe('bundleKey', () => {
  it('is a SHA-256 hex digest with the page count, the same for the same pages read lazily', async () => {
    const result = await bundleKey(settings, pages);
    expect(result).toEqual({ key: expect.stringMatching(/^[0-9a-f]{64}$/), pages: 2 });
    expect(await bundleKey(settings, lazily(pages))).toEqual(result);
  });

  it.each<[string, BundleSettings, SearchPage[]]>([
    ['Pagefind version', { ...settings, pagefindVersion: '1.6.1' }, pages],
    ['config', { ...settings, config: { forceLanguage: 'en' } }, pages],
    ['removed files', { ...settings, removedFiles: [] }, pages],
    ['a page’s text', settings, [pages[0]!, { ...pages[1]!, content: '<article data-pagefind-body>Kon Tum.</article>' }]],
    ['a page’s URL', settings, [pages[0]!, { ...pages[1]!, url: '/bai-viet/c/' }]],
    ['a missing page', settings, [pages[0]!]],
  ])('changes with the %s', async (_name, changedSettings, changedPages) => {
    expect((await bundleKey(changedSettings, changedPages)).key).not.toBe((await bundleKey(settings, pages)).key);
  });

  it('keeps the boundary between a URL and its HTML', async () => {
    const a = await bundleKey(settings, [{ url: '/a/', content: 'bc' }]);
    const b = await bundleKey(settings, [{ url: '/a/b', content: 'c' }]);
    expect(a.key).not.toBe(b.key);
  });
});
