/**
 * deploy/nginx.conf, run for real: Debian's nginx on loopback serving dist/ with the
 * committed server blocks, checked for what the built pages expect of their host.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, distDir, listFiles } from '../support/dist';
import { headersFor, parseHeadersFile } from '../support/headers-file';
import { findNginx, startNginx, type RunningNginx } from '../support/nginx';

const nginx = findNginx();
if ('missing' in nginx && process.env.CI) throw new Error(`The deployment test must run in CI, but nginx is missing: ${nginx.missing}`);
if ('missing' in nginx) console.warn(`Skipping the nginx deployment test: ${nginx.missing}`);

/** A GET without following redirects, asking for gzip like a browser. */
const get = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { redirect: 'manual', headers: { 'accept-encoding': 'gzip', ...headers } });

const firstFile = (folder: string, pattern: RegExp) => {
  const file = readdirSync(path.join(distDir, folder)).find((name) => pattern.test(name));
  if (!file) throw new Error(`dist/${folder} has no file like ${pattern}`);
  return `/${folder}/${file}`;
};

describe.skipIf('missing' in nginx)('deploy/nginx.conf on Debian nginx', () => {
  let server: RunningNginx;
  beforeAll(async () => {
    if ('binary' in nginx) server = await startNginx(nginx, distDir);
  });
  afterAll(() => server?.stop());

  const htmlPaths = ['/', builtPages().find((page) => page.path.startsWith('/bai-viet/') && page.path.split('/').length === 4)?.path ?? ''];

  it.each(htmlPaths)('serves %s as revalidated HTML with every security header', async (pagePath) => {
    const response = await get(`${server.origin}${pagePath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    // The page's own <meta> CSP holds the script and style hashes; the header may only add what a meta cannot say.
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toMatch(/script-src|style-src|default-src/);
    expect(await response.text()).toContain('http-equiv="content-security-policy"');
  });

  it('serves a site from a folder only its owner can enter, as a clone in a private home folder is', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'private-clone-'));
    const site = path.join(home, 'dist');
    try {
      chmodSync(home, 0o700);
      mkdirSync(site, { mode: 0o700 });
      copyFileSync(path.join(distDir, 'index.html'), path.join(site, 'index.html'));
      chmodSync(path.join(site, 'index.html'), 0o600);
      if (!('binary' in nginx)) throw new Error('unreachable: the suite is skipped without nginx');
      const privateServer = await startNginx(nginx, site);
      try {
        const response = await get(`${privateServer.origin}/`);
        expect(response.status).toBe(200);
        expect(await response.text()).toBe(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
      } finally {
        await privateServer.stop();
      }
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('compresses text with gzip', async () => {
    const css = firstFile('_astro', /\.css$/);
    for (const file of ['/', css, '/pagefind/pagefind.js', '/rss.xml']) {
      const response = await get(`${server.origin}${file}`);
      expect(response.headers.get('content-encoding'), file).toBe('gzip');
      expect(response.headers.get('vary'), file).toContain('Accept-Encoding');
    }
    // fetch inflates the body: it must be the file as built.
    expect(await (await get(`${server.origin}/`)).text()).toBe(readFileSync(path.join(distDir, 'index.html'), 'utf8'));
  });

  it('caches hashed assets for a year and the search index for an hour', async () => {
    const asset = await get(`${server.origin}${firstFile('_astro', /\.[\w-]{8}\.(css|js)$/)}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    const wasm = await get(`${server.origin}${firstFile('pagefind', /^wasm\./)}`);
    expect(wasm.status).toBe(200);
    expect(wasm.headers.get('cache-control')).toBe('public, max-age=3600, must-revalidate');
    const shareImage = await get(`${server.origin}/og/bai-viet.jpg`);
    expect(shareImage.headers.get('content-type')).toBe('image/jpeg');
    expect(shareImage.headers.get('cache-control')).toBe('public, max-age=86400');
  });

  it('answers an unknown address with the Vietnamese 404 page and status 404', async () => {
    const response = await get(`${server.origin}/khong-co-trang-nay/`);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toContain('lang="vi"');
    expect(body).toContain(
      builtPages()
        .find((page) => page.path === '/404.html')
        ?.root.querySelector('h1')
        ?.text.trim(),
    );
  });

  it('redirects a section address without its trailing slash to the one with it', async () => {
    const response = await get(`${server.origin}/bai-viet`);
    expect(response.status).toBe(301);
    expect(new URL(response.headers.get('location') ?? '', server.origin).pathname).toBe('/bai-viet/');
  });

  it('serves the radio scripts as UTF-8 plain text', async () => {
    const script = listFiles(distDir).find((file) => file.endsWith('/ban-doc.txt'));
    expect(script).toBeDefined();
    const response = await get(`${server.origin}/${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toMatch(/[ăâđêôơư]/);
  });

  it('sends plain HTTP to HTTPS on the same path', async () => {
    const response = await get(`${server.redirectOrigin}/bai-viet/`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toMatch(/^https:\/\/[^/]+\/bai-viet\/$/);
  });

  it('serves the editor at /admin/ revalidated and unindexed, its configuration as YAML', async () => {
    const page = await get(`${server.origin}/admin/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(page.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    const config = await get(`${server.origin}/admin/config.yml`);
    expect(config.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(await config.text()).toContain('collections:');
    const script = await get(`${server.origin}/admin/sveltia-cms.js`);
    expect(script.headers.get('content-type')).toMatch(/^application\/javascript/);
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect((await get(`${server.origin}/`)).headers.get('x-robots-tag')).toBeNull();
  });

  it('agrees with public/_headers, which CDN hosts read instead', async () => {
    const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
    const css = firstFile('_astro', /\.css$/);
    const script = listFiles(distDir).find((file) => file.endsWith('/ban-doc.txt')) ?? '';
    for (const sitePath of ['/', css, '/pagefind/pagefind.js', '/og/bai-viet.jpg', `/${script}`, '/admin/', '/admin/config.yml']) {
      const served = (await get(`${server.origin}${sitePath}`)).headers;
      const declared = headersFor(rules, sitePath);
      // The hosts' own default for HTML: public, max-age=0, must-revalidate.
      if (!declared.has('cache-control')) declared.set('cache-control', 'public, max-age=0, must-revalidate');
      for (const [name, value] of declared) {
        expect(served.get(name), `${sitePath} ${name}`).toBe(value);
      }
    }
  });
});
