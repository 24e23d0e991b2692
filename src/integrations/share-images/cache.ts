/**
 * The share image cache: each JPEG is stored under a SHA-256 of everything it
 * shows, so an unchanged page is copied instead of drawn on the next build.
 */
import { copyFile, link, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { hashBytes } from '../../lib/share-image/hash.ts';

/** Everything a card's pixels depend on. */
export interface ShareImageKeyParts {
  rendererVersion: number;
  title: string;
  kind?: string;
  siteName: string;
  /** Hash of the photo file's bytes, if the card has one. */
  photoHash?: string;
  fontsHash: string;
  markHash: string;
}

/** The cache key of a card. Text is NFC-normalised so NFD and NFC titles share an entry, as they share pixels. */
export function shareImageKey(parts: ShareImageKeyParts): string {
  return hashBytes(
    String(parts.rendererVersion),
    parts.title.normalize('NFC'),
    parts.kind?.normalize('NFC') ?? '',
    parts.siteName.normalize('NFC'),
    parts.photoHash ?? '',
    parts.fontsHash,
    parts.markHash,
  );
}

/**
 * Puts the cached image for a key at `destination` (which must not exist): a hard link where
 * the file system allows, so a rebuild writes no image bytes, else a copy. False if it was never drawn.
 */
export async function linkFromCache(cacheDir: string, key: string, destination: string): Promise<boolean> {
  const source = join(cacheDir, `${key}.jpg`);
  try {
    await link(source, destination);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
  }
  // Another device, or a file system without hard links.
  await copyFile(source, destination);
  return true;
}

/** Stores an image; written to a temporary name then renamed, so a crash never leaves half a JPEG under a key. */
export async function writeCachedImage(cacheDir: string, key: string, bytes: Uint8Array): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const temporary = join(cacheDir, `${key}.${randomUUID()}.tmp`);
  await writeFile(temporary, bytes);
  await rename(temporary, join(cacheDir, `${key}.jpg`));
}

/** Deletes cached images no page uses any more, so the cache does not grow with every edited title. */
export async function pruneCache(cacheDir: string, keep: ReadonlySet<string>): Promise<number> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const stale = names.filter((name) => name.endsWith('.jpg') && !keep.has(name.slice(0, -'.jpg'.length)));
  await Promise.all(stale.map((name) => rm(join(cacheDir, name), { force: true })));
  return stale.length;
}
