/** A static file server for dist/ on loopback, behaving like the production host (index.html, 404.html). */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveSiteFile } from '../../src/cms/local-server/static-site.ts';
import { distDir } from './dist.ts';

/** A running server and its origin ("http://127.0.0.1:PORT"). */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 at a free port. */
export async function serveDist(): Promise<StaticServer> {
  const server: Server = createServer((request, response) => serveSiteFile(distDir, request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
