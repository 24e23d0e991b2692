/** How the local server and the tests' server find the file for a site path, as a static host would. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteFile } from '../../../src/cms/local-server/static-site';

const folder = mkdtempSync(path.join(tmpdir(), 'static-site-'));
const site = path.join(folder, 'dist');
mkdirSync(path.join(site, 'bai-viet/a'), { recursive: true });
writeFileSync(path.join(site, 'index.html'), '');
writeFileSync(path.join(site, 'bai-viet/a/index.html'), '');
writeFileSync(path.join(site, 'rss.xml'), '');
writeFileSync(path.join(folder, 'secret.txt'), '');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('siteFile', () => {
  it('serves a folder by its index.html, with or without the final slash, and files by name', () => {
    expect(siteFile(site, '/')).toBe(path.join(site, 'index.html'));
    expect(siteFile(site, '/bai-viet/a/')).toBe(path.join(site, 'bai-viet/a/index.html'));
    expect(siteFile(site, '/bai-viet/a')).toBe(path.join(site, 'bai-viet/a/index.html'));
    expect(siteFile(site, '/rss.xml?x=1')).toBe(path.join(site, 'rss.xml'));
  });

  it('finds nothing for missing paths, bad escapes and paths that climb out of the site', () => {
    expect(siteFile(site, '/bai-viet/b/')).toBeUndefined();
    expect(siteFile(site, '/%E0%A4%A')).toBeUndefined();
    expect(siteFile(site, '/..%2fsecret.txt')).toBeUndefined();
    expect(siteFile(site, '/../secret.txt')).toBeUndefined();
  });
});
