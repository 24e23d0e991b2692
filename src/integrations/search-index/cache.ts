/**
 * A content-addressed cache of the Pagefind bundle: the bundle is stored under a SHA-256 of
 * everything Pagefind reads, so a build whose pages did not change copies it instead of indexing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { access, cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Part of every key: bump it when entries are stored differently, so older ones are never read. */
const CACHE_FORMAT = 2;

/** Written last into an entry, so one left half-stored by a killed build is never read. */
const COMPLETE_MARKER = 'complete';

/** A page as Pagefind receives it. */
export interface SearchPage {
  url: string;
  /** The page's HTML after the site's rewrites. */
  content: string;
}

/** What a bundle depends on besides its pages. */
export interface BundleSettings {
  /** The installed Pagefind's version: another version may write another bundle. */
  pagefindVersion: string;
  /** Pagefind's settings, as given to createIndex. */
  config: unknown;
  /** Files deleted from the bundle after Pagefind wrote it. */
  removedFiles: readonly string[];
}

/**
 * The cache key of a bundle (SHA-256, hex) and how many pages it holds. Pages must come in an
 * order that follows from their paths alone (sorted); each is hashed and let go, so they never
 * all sit in memory at once.
 */
export async function bundleKey(
  settings: BundleSettings,
  pages: AsyncIterable<SearchPage> | Iterable<SearchPage>,
): Promise<{ key: string; pages: number }> {
  const hash = createHash('sha256');
  const update = (...parts: string[]) => {
    for (const part of parts) {
      // Length-prefixed, so ["ab", "c"] and ["a", "bc"] differ.
      hash.update(`${Buffer.byteLength(part)}:`);
      hash.update(part);
    }
  };
  update(String(CACHE_FORMAT), settings.pagefindVersion, JSON.stringify(settings.config), JSON.stringify(settings.removedFiles));
  let count = 0;
  for await (const page of pages) {
    update(page.url, page.content);
    count++;
  }
  return { key: hash.digest('hex'), pages: count };
}

/** Copies the cached bundle for a key into outputPath; false if the cache has no complete entry for it. */
export async function restoreBundle(cacheDir: string, key: string, outputPath: string): Promise<boolean> {
  const entry = path.join(cacheDir, key);
  const marker = path.join(entry, COMPLETE_MARKER);
  try {
    await access(marker);
  } catch {
    return false;
  }
  await cp(entry, outputPath, { recursive: true, filter: (source) => source !== marker });
  return true;
}

/**
 * Stores a written bundle as the cache's only entry: copied to a temporary folder, marked
 * complete, then renamed into place, so a killed build never leaves half an entry under a key.
 */
export async function storeBundle(cacheDir: string, key: string, bundleDir: string): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const temporary = `${key}.${randomUUID()}.tmp`;
  await cp(bundleDir, path.join(cacheDir, temporary), { recursive: true });
  await writeFile(path.join(cacheDir, temporary, COMPLETE_MARKER), '');
  // Older bundles, an unmarked entry under this key and leftovers of killed builds all go.
  const others = (await readdir(cacheDir)).filter((name) => name !== temporary);
  await Promise.all(others.map((name) => rm(path.join(cacheDir, name), { recursive: true, force: true })));
  await rename(path.join(cacheDir, temporary), path.join(cacheDir, key));
}
