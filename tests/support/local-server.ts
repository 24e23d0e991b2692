/**
 * The editor's local server (`npm run bien-tap`) run as the launcher runs it, on a copy of some
 * content in a work folder with its own site folder and caches, as fixture builds use them. It
 * takes any free port and opens no browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';
import { nodeArgumentsOf } from '../../src/cms/local-server/npm-script.ts';
import type { LocalStatus } from '../../src/cms/local-server/status.ts';
import { STATUS_PATH } from '../../src/cms/local-server/status.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** A running local server. */
export interface LocalServer {
  /** "http://localhost:PORT". */
  origin: string;
  process: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  status(): Promise<LocalStatus>;
  /** Waits until the status satisfies `done` (checked every 250 ms); fails with the output after `timeoutMs`. */
  waitFor(done: (status: LocalStatus) => boolean, timeoutMs?: number): Promise<LocalStatus>;
  /** The text of a site path, as the server answers it, and its HTTP status. */
  get(sitePath: string): Promise<{ status: number; text: string }>;
  /** Sends Ctrl+C and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the server on `work`/content, serving `work`/dist, with caches in `work`. */
export async function startLocalServer(work: string, env: Record<string, string> = {}): Promise<LocalServer> {
  const child = spawn(process.execPath, nodeArgumentsOf(projectRoot, 'bien-tap'), {
    cwd: projectRoot,
    env: {
      ...process.env,
      CONTENT_DIR: path.join(work, 'content'),
      DIST_DIR: path.join(work, 'dist'),
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      SHARE_IMAGE_CACHE_DIR: path.join(work, 'share-images'),
      BIEN_TAP_PORT: '0',
      BIEN_TAP_BROWSER: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  let origin: string | undefined;
  for (const deadline = Date.now() + 60_000; !origin; await sleep(100)) {
    origin = /http:\/\/localhost:\d+/.exec(output)?.[0];
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The local server did not start:\n${output}`);
  }
  const address = origin;
  const server: LocalServer = {
    origin: address,
    process: child,
    output: () => stripVTControlCharacters(output),
    status: async () => (await fetch(`${address}${STATUS_PATH}`)).json() as Promise<LocalStatus>,
    async waitFor(done, timeoutMs = 300_000) {
      for (const deadline = Date.now() + timeoutMs; ; await sleep(250)) {
        const status = await server.status();
        if (done(status)) return status;
        if (Date.now() > deadline) throw new Error(`Status stayed ${JSON.stringify(status)}:\n${server.output()}`);
      }
    },
    async get(sitePath) {
      const response = await fetch(`${address}${sitePath}`);
      return { status: response.status, text: await response.text() };
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      return exited;
    },
  };
  return server;
}
