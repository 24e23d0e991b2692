/** A static file server for dist/ on loopback, behaving like the production host (index.html, 404.html). */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { distDir, fileForPath } from './dist.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** A running server and its origin ("http://127.0.0.1:PORT"). */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 at `port`, a free one by default (a test that takes the site offline and back asks for the same one again). */
export async function serveDist(port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = fileForPath(url.pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html'] });
      response.end(readFileSync(path.join(distDir, '404.html')));
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    // Open keep-alive connections would keep answering after close(): they are cut too.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
