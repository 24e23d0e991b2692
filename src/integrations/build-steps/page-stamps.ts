/**
 * Which built pages are the same as in the last build, without reading them: Astro's
 * incremental build records, for every page it keyed, the route's code hash, the page's
 * cacheKey and the content it rendered, under the config and lockfile hashes. Two builds
 * with the same record for a page wrote the same page (Astro copies it on that very
 * condition), so whatever a post-build step derived from the page last time still holds.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { contentDigest } from '../../lib/content-digest.ts';

/** Astro's manifest file in its cacheDir (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';

interface AstroIncrementalManifest {
  configHash?: unknown;
  lockfileHash?: unknown;
  routes?: Record<
    string,
    { dependencyHash?: unknown; paths?: Record<string, { cacheKey?: unknown; outputFile?: unknown; contentHashes?: unknown }> }
  >;
}

/**
 * The last manifest read and its stamps. The sitemap, the radio files and the share images each
 * ask for the same build's stamps, and at 5,000 items the manifest is 70 MB of JSON: about
 * 1.5 s and 300 MB of garbage per parse. A rewritten manifest has a new mtime, so it is read again.
 */
let lastRead: { file: string; mtimeMs: number; size: number; stamps: Promise<ReadonlyMap<string, string>> } | undefined;

/**
 * A fingerprint of each keyed page, by its file relative to the output folder
 * ("bai-viet/x/index.html"). Empty when the manifest is missing or not in the shape this
 * reads (another Astro version): every page then counts as changed, which is only slower.
 */
export async function readPageStamps(cacheDir: string): Promise<ReadonlyMap<string, string>> {
  const file = path.join(cacheDir, MANIFEST);
  const info = await stat(file).catch(() => undefined);
  if (!info) return new Map();
  if (lastRead?.file === file && lastRead.mtimeMs === info.mtimeMs && lastRead.size === info.size) return lastRead.stamps;
  const stamps = parseStamps(file);
  lastRead = { file, mtimeMs: info.mtimeMs, size: info.size, stamps };
  return stamps;
}

/** Reads the manifest and computes every keyed page's stamp. */
async function parseStamps(file: string): Promise<ReadonlyMap<string, string>> {
  const stamps = new Map<string, string>();
  let manifest: AstroIncrementalManifest;
  try {
    manifest = JSON.parse(await readFile(file, 'utf8')) as AstroIncrementalManifest;
  } catch {
    return stamps;
  }
  const { configHash, lockfileHash, routes } = manifest;
  if (typeof configHash !== 'string' || typeof lockfileHash !== 'string' || typeof routes !== 'object' || routes === null) return stamps;
  for (const [component, route] of Object.entries(routes)) {
    if (typeof route.dependencyHash !== 'string' || typeof route.paths !== 'object' || route.paths === null) continue;
    for (const [pathname, page] of Object.entries(route.paths)) {
      if (typeof page.outputFile !== 'string' || typeof page.cacheKey !== 'string') continue;
      stamps.set(
        decodeURI(page.outputFile),
        contentDigest(configHash, lockfileHash, component, route.dependencyHash, pathname, page.cacheKey, page.contentHashes ?? null),
      );
    }
  }
  return stamps;
}
