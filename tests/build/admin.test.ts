/**
 * The editor UI in dist/admin/: kept out of what readers and search engines get (sitemap,
 * search index, feeds, share images), served entirely from the site's own origin, and the
 * only page whose Content Security Policy is relaxed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { shareImagePath } from '../../src/lib/share-image/paths';
import { ADMIN_PATH, builtPages, distDir, listFiles } from '../support/dist';

const read = (file: string) => readFileSync(path.join(distDir, file), 'utf8');
const adminHtml = read('admin/index.html');
const admin = parse(adminHtml);
const csp = (html: string) => parse(html).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `)) ?? '';

describe('/admin/', () => {
  it('is a Vietnamese page kept out of search engines', () => {
    expect(admin.querySelector('html')?.getAttribute('lang')).toBe('vi');
    expect(admin.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('is left out of the sitemap, the search index, the feeds and the share images', () => {
    const xml = listFiles(distDir)
      .filter((file) => file.endsWith('.xml'))
      .map(read)
      .join('\n');
    expect(xml).toContain('/bai-viet/');
    expect(xml).not.toContain(ADMIN_PATH);
    expect(adminHtml).not.toContain('data-pagefind-body');
    expect(existsSync(path.join(distDir, shareImagePath(ADMIN_PATH)))).toBe(false);
  });

  it('loads the CMS, its translations and its fonts from the site itself', () => {
    const script = read('admin/sveltia-cms.js');
    expect(script).not.toMatch(/https:\/\/cdn\.jsdelivr\.net\/fontsource\/|https:\/\/unpkg\.com\/@sveltia\/cms/);
    for (const [, file] of script.matchAll(/(\/admin\/fonts\/[\w.-]+\.woff2)/g))
      expect(existsSync(path.join(distDir, file as string)), file).toBe(true);
    expect(listFiles(path.join(distDir, 'admin')).some((file) => file.endsWith('locales/vi.json'))).toBe(true);
    expect(adminHtml).not.toMatch(/(src|href)="https?:/);
  });

  it("keeps its own styles out of the readers' pages, which carry every byte on slow networks", () => {
    const editorSelectors = ['.local-status', '.cms-notice', '.date-field'];
    expect(admin.querySelectorAll('link[rel="stylesheet"]').length).toBeGreaterThan(1);
    const readerStyles = builtPages()
      .filter((_page, index) => index % 10 === 0)
      .flatMap((page) => [
        ...page.root.querySelectorAll('style').map((style) => style.innerHTML),
        ...page.root.querySelectorAll('link[rel="stylesheet"]').map((link) => read(link.getAttribute('href')?.slice(1) ?? '')),
      ]);
    expect(readerStyles.length).toBeGreaterThan(0);
    for (const selector of editorSelectors)
      expect(
        readerStyles.filter((css) => css.includes(selector)),
        selector,
      ).toEqual([]);
  });

  it('has a configuration whose folders exist in content/', () => {
    const config = parseYaml(read('admin/config.yml')) as { collections: { folder?: string; files?: { file: string }[] }[] };
    expect(config.collections.length).toBeGreaterThan(5);
    for (const collection of config.collections) {
      const target = collection.folder ?? collection.files?.[0]?.file ?? '';
      expect(existsSync(target), target).toBe(true);
    }
  });

  it('alone relaxes the Content Security Policy', () => {
    const adminPolicy = csp(adminHtml);
    expect(directive(adminPolicy, 'style-src')).toContain("'unsafe-inline'");
    expect(directive(adminPolicy, 'frame-src')).toContain('blob:');
    expect(directive(adminPolicy, 'manifest-src')).toContain('blob:');
    expect(directive(adminPolicy, 'script-src')).not.toMatch(/'unsafe-(inline|eval)'/);
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const policy = csp(page.html);
      expect(policy, page.path).toContain("default-src 'self'");
      expect(policy, page.path).not.toMatch(/unsafe-inline|blob:|frame-src|manifest-src/);
    }
  });
});
