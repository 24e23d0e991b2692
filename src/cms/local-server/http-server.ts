/**
 * The local server's answers: its status, the live content index the save check reads, and the
 * built site as a static host would serve it. Every answer is marked as coming from this server
 * (LOCAL_SERVER_HEADER) and must be asked again each time, since the site changes under it.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { CONTENT_INDEX_PATH } from '../paths';
import { liveContentIndex } from './live-index';
import type { Publisher } from './publisher';
import { serveSiteFile } from './static-site';
import { LOCAL_SERVER_HEADER, STATUS_PATH } from './status';

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(value));
}

/** The server for `distDir` and `contentDir`, reporting `publisher`'s status; not yet listening. */
export function localServer(distDir: string, contentDir: string, publisher: Publisher): Server {
  return createServer((request, response) => {
    response.setHeader(LOCAL_SERVER_HEADER, '1');
    response.setHeader('cache-control', 'no-cache');
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === STATUS_PATH) {
      sendJson(response, 200, publisher.status);
    } else if (pathname === CONTENT_INDEX_PATH) {
      liveContentIndex(contentDir).then(
        (index) => sendJson(response, 200, index),
        (error: unknown) => sendJson(response, 500, { error: String(error) }),
      );
    } else {
      serveSiteFile(distDir, request, response);
    }
  });
}
