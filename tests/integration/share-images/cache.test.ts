import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  linkFromCache,
  pruneCache,
  shareImageKey,
  writeCachedImage,
  type ShareImageKeyParts,
} from '../../../src/integrations/share-images/cache.ts';

const parts: ShareImageKeyParts = {
  rendererVersion: 1,
  title: 'Đắk Hà',
  kind: 'Bài viết',
  siteName: 'Làm theo Bác',
  fontsHash: 'f',
  markHash: 'm',
};

describe('shareImageKey', () => {
  it('is a SHA-256 hex digest, equal for NFD and NFC text', () => {
    const key = shareImageKey(parts);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(shareImageKey({ ...parts, title: parts.title.normalize('NFD') })).toBe(key);
  });

  it.each<Partial<ShareImageKeyParts>>([
    { rendererVersion: 2 },
    { title: 'Đăk Hà' },
    { kind: undefined },
    { siteName: 'Học Bác' },
    { photoHash: 'p' },
    { fontsHash: 'g' },
    { markHash: 'n' },
  ])('changes with anything the card shows: %o', (change) => {
    expect(shareImageKey({ ...parts, ...change })).not.toBe(shareImageKey(parts));
  });
});

describe('image cache', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'share-cache-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('links a stored image into place, and reports a miss for an unknown key', async () => {
    const cacheDir = join(dir, 'cache');
    await writeCachedImage(cacheDir, 'abc', Buffer.from('jpeg'));
    expect(await linkFromCache(cacheDir, 'abc', join(dir, 'out.jpg'))).toBe(true);
    expect(await readFile(join(dir, 'out.jpg'), 'utf8')).toBe('jpeg');
    expect(await linkFromCache(cacheDir, 'missing', join(dir, 'other.jpg'))).toBe(false);
  });

  it('prunes images no page uses, leaving other files alone', async () => {
    await writeCachedImage(dir, 'used', Buffer.from('a'));
    await writeCachedImage(dir, 'stale', Buffer.from('b'));
    await writeFile(join(dir, 'x.tmp'), 'partial');
    expect(await pruneCache(dir, new Set(['used']))).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['used.jpg', 'x.tmp']);
  });

  it('prunes nothing when the cache folder does not exist yet', async () => {
    expect(await pruneCache(join(dir, 'none'), new Set())).toBe(0);
  });
});
