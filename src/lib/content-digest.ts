/**
 * A fingerprint of the content a build reads. Pages return it to Astro's incremental
 * build as their cacheKey: same content, same key, so the page is copied, not rendered again.
 */
import { createHash } from 'node:crypto';

/** JSON for hashing: Maps and Sets as arrays, Dates as ISO strings (JSON.stringify's own), key order as given. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item instanceof Map || item instanceof Set ? [...item] : item)) ?? 'undefined';
}

/** SHA-256 (hex, first 32 digits) of the values; any change in any value gives a different digest. */
export function contentDigest(...values: unknown[]): string {
  const hash = createHash('sha256');
  for (const value of values) {
    const json = stableJson(value);
    // Length-prefixed, so ["ab", "c"] and ["a", "bc"] differ.
    hash.update(`${Buffer.byteLength(json)}:${json}`);
  }
  return hash.digest('hex').slice(0, 32);
}
