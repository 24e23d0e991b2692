/**
 * A built site served as a static host serves it: a folder's index.html for its path, the
 * site's 404.html for anything else, with the content type of each file. The editor's local
 * server and the tests' server (tests/support/server.ts) both serve dist/ with it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.yml': 'application/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The file of `root` that serves a site path ("/a/b/", "/x.xml"), if any; never one outside `root`. */
export function siteFile(root: string, sitePath: string): string | undefined {
  let clean: string;
  try {
    clean = decodeURIComponent(sitePath.split(/[?#]/)[0] ?? '/');
  } catch {
    return undefined;
  }
  const candidates = clean.endsWith('/') ? [path.join(clean, 'index.html')] : [clean, path.join(clean, 'index.html')];
  const inside = path.resolve(root);
  return candidates
    .map((candidate) => path.join(inside, candidate))
    .find((file) => file.startsWith(`${inside}${path.sep}`) && existsSync(file) && statSync(file).isFile());
}

/** Answers a request with the file of `root` it names, or with the site's 404 page. */
export function serveSiteFile(root: string, request: IncomingMessage, response: ServerResponse): void {
  const file = siteFile(root, new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!file) {
    const notFound = path.join(root, '404.html');
    response.writeHead(404, { 'content-type': TYPES['.html'] });
    response.end(existsSync(notFound) ? readFileSync(notFound) : '404');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
}
