/**
 * Two clean builds of the same commit give byte-identical sites, so a deploy can be checked
 * against a rebuild and a CDN never sees changes that are not changes.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../support/dist';
import { withBuildLock } from '../support/build-lock';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const work = path.join(root, '.cache/reproducible');

async function cleanBuild(name: string): Promise<Map<string, string>> {
  const outDir = path.join(work, name);
  await withBuildLock(() =>
    run(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: root,
      env: {
        ...process.env,
        ASTRO_CACHE_DIR: path.join(work, `${name}-astro-cache`),
        SHARE_IMAGE_CACHE_DIR: path.join(work, `${name}-share-cache`),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  return new Map(
    listFiles(outDir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(path.join(outDir, file)))
        .digest('hex'),
    ]),
  );
}

describe('reproducible builds', () => {
  it('two clean builds write the same files with the same bytes', async () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    const first = await cleanBuild('a');
    const second = await cleanBuild('b');
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const different = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
    expect(different).toEqual([]);
    expect(first.size).toBeGreaterThan(100);
    rmSync(work, { recursive: true, force: true });
  });
});
