/**
 * Static paths Astro's incremental build may reuse: each carries the catalog's digest as its
 * cacheKey, so a rebuild copies the page from the last build while no content changed, and
 * renders it again when any did. (Code changes are Astro's own check: it hashes each route's modules.)
 */
import { getCatalog } from './catalog';

/** Adds the content digest as `cacheKey` to every path a route's getStaticPaths returns. */
export async function reusablePaths<Path extends object>(paths: Path[]): Promise<Array<Path & { cacheKey: string }>> {
  const { digest } = await getCatalog();
  return paths.map((path) => ({ ...path, cacheKey: digest }));
}
