/** The offline radio copy's service worker as the build writes it: one classic script that a phone can start, small enough for prepaid data. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOfflineWorker } from '../../src/integrations/offline-worker';
import { OFFLINE_CACHE } from '../../src/lib/offline/names';

/** gzip bytes the worker may take: it is fetched once, by operators who save a programme. */
const WORKER_BYTES = 12 * 1024;

const folder = mkdtempSync(path.join(tmpdir(), 'offline-worker-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('buildOfflineWorker', () => {
  it('writes one classic script that listens for install, activate and fetch, within its budget', async () => {
    const file = path.join(folder, 'sw.js');
    await buildOfflineWorker(file);
    const script = readFileSync(file, 'utf8');
    expect(script).toContain(OFFLINE_CACHE);
    expect(gzipSync(script).length).toBeLessThanOrEqual(WORKER_BYTES);
    const events: string[] = [];
    const scope = { addEventListener: (type: string) => events.push(type), location: { origin: 'https://site.example' } };
    // A classic script: it runs as is, with no import or export to resolve.
    runInNewContext(script, { ...scope, globalThis: scope, self: scope, URL, Response, setTimeout, clearTimeout });
    expect(events.sort()).toEqual(['activate', 'fetch', 'install']);
  });
});
