/**
 * What a post-build step derived from each page, kept between builds beside Astro's own
 * cache and reused while the page's stamp (see page-stamps.ts) and the step's code are
 * unchanged. Only pages seen in this build are kept, so removed pages leave the cache.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Stored<T> {
  version: string;
  pages: Record<string, { stamp: string; value: T }>;
}

/** A step's per-page results from the last build, and the ones recorded in this one. */
export interface StepCache<T> {
  /** The value recorded for `page` last time, if its stamp is the same now. */
  get(page: string, stamp: string | undefined): T | undefined;
  /** Records the value of `page` for the next build; a page without a stamp is not kept. */
  set(page: string, stamp: string | undefined, value: T): void;
  /** How many pages `get` answered. */
  readonly hits: number;
  /** Writes this build's records (atomically: a crash never leaves half a file). */
  save(): Promise<void>;
}

/**
 * The version of a step: a hash of its source files, so changing the step's code (or a
 * module it names here) discards what it derived before.
 */
export async function codeVersion(...modules: (string | URL)[]): Promise<string> {
  const hash = createHash('sha256');
  for (const module of modules) hash.update(await readFile(typeof module === 'string' ? module : fileURLToPath(module)));
  return hash.digest('hex').slice(0, 32);
}

/** Opens the cache file of a step; a missing, unreadable or older-version file starts empty. */
export async function openStepCache<T>(file: string, version: string): Promise<StepCache<T>> {
  let previous: Stored<T>['pages'] = {};
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Stored<T>;
    if (stored.version === version && typeof stored.pages === 'object' && stored.pages !== null) previous = stored.pages;
  } catch {
    // No cache yet.
  }
  const next: Stored<T> = { version, pages: {} };
  let hits = 0;
  return {
    get(page, stamp) {
      const found = stamp === undefined ? undefined : previous[page];
      if (found === undefined || found.stamp !== stamp) return undefined;
      hits += 1;
      return found.value;
    },
    set(page, stamp, value) {
      if (stamp !== undefined) next.pages[page] = { stamp, value };
    },
    get hits() {
      return hits;
    },
    async save() {
      await mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, JSON.stringify(next));
      await rename(temporary, file);
    },
  };
}
