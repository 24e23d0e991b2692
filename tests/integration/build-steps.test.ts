import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPageStamps } from '../../src/integrations/build-steps/page-stamps';
import { codeVersion, openStepCache } from '../../src/integrations/build-steps/step-cache';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'build-steps-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An Astro incremental manifest with one route and one page. */
function manifest(
  overrides: { configHash?: string; dependencyHash?: string; cacheKey?: string; contentHashes?: Record<string, string> } = {},
) {
  return {
    version: 1,
    configHash: overrides.configHash ?? 'config',
    lockfileHash: 'lockfile',
    routes: {
      'src/pages/bai-viet/[slug]/index.astro': {
        dependencyHash: overrides.dependencyHash ?? 'code',
        paths: {
          '/bai-viet/a/': {
            cacheKey: overrides.cacheKey ?? 'key',
            outputFile: 'bai-viet/a/index.html',
            contentHashes: overrides.contentHashes,
          },
        },
      },
    },
  };
}

async function stampOf(content: object): Promise<string | undefined> {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'incremental-build.json'), JSON.stringify(content));
  return (await readPageStamps(dir)).get('bai-viet/a/index.html');
}

describe('page stamps from Astro’s incremental manifest', () => {
  it('are the same for the same record, and differ when anything Astro checks differs', async () => {
    const stamp = await stampOf(manifest());
    expect(stamp).toBeDefined();
    expect(await stampOf(manifest())).toBe(stamp);
    for (const changed of [
      { configHash: 'other' },
      { dependencyHash: 'other' },
      { cacheKey: 'other' },
      { contentHashes: { 'content/a.mdx': 'x' } },
    ]) {
      expect(await stampOf(manifest(changed)), JSON.stringify(changed)).not.toBe(stamp);
    }
  });

  it('are read once per manifest: the post-build steps of one build share them, a rewritten manifest is read again', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'incremental-build.json');
    writeFileSync(file, JSON.stringify(manifest()));
    const first = await readPageStamps(dir);
    expect(await readPageStamps(dir)).toBe(first);
    // Same size, so only the modification time tells the new manifest from the old one.
    writeFileSync(file, JSON.stringify(manifest({ cacheKey: 'yek' })));
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const second = await readPageStamps(dir);
    expect(second.get('bai-viet/a/index.html')).not.toBe(first.get('bai-viet/a/index.html'));
    expect(await readPageStamps(dir)).toBe(second);
  });

  it('are empty when there is no manifest or it has another shape', async () => {
    expect((await readPageStamps(tempDir())).size).toBe(0);
    expect(await stampOf({ routes: 'no' })).toBeUndefined();
  });
});

describe('a step’s cache', () => {
  it('answers for a page only with the same stamp and the same code version, and keeps only this build’s pages', async () => {
    const file = path.join(tempDir(), 'step.json');
    const first = await openStepCache<string[]>(file, 'v1');
    first.set('a/index.html', 'stamp-a', ['a.txt']);
    first.set('b/index.html', 'stamp-b', ['b.txt']);
    first.set('c/index.html', undefined, ['c.txt']);
    await first.save();

    const second = await openStepCache<string[]>(file, 'v1');
    expect(second.get('a/index.html', 'stamp-a')).toEqual(['a.txt']);
    expect(second.get('b/index.html', 'changed')).toBeUndefined();
    expect(second.get('c/index.html', undefined)).toBeUndefined();
    expect(second.hits).toBe(1);
    second.set('a/index.html', 'stamp-a', ['a.txt']);
    await second.save();

    expect((await openStepCache<string[]>(file, 'v1')).get('b/index.html', 'stamp-b')).toBeUndefined();
    expect((await openStepCache<string[]>(file, 'v2')).get('a/index.html', 'stamp-a')).toBeUndefined();
  });

  it('versions code by the bytes of its files', async () => {
    const dir = tempDir();
    const module = path.join(dir, 'step.ts');
    writeFileSync(module, 'export const a = 1;');
    const before = await codeVersion(module);
    writeFileSync(module, 'export const a = 2;');
    expect(await codeVersion(module)).not.toBe(before);
  });
});
