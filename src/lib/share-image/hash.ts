/** Content fingerprints for the share image cache: same bytes in, same key out. */
import { createHash } from 'node:crypto';

/** SHA-256 (hex) of strings and byte arrays, each length-prefixed so ["ab","c"] and ["a","bc"] differ. */
export function hashBytes(...parts: Array<string | Uint8Array | ArrayBuffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part instanceof Uint8Array ? part : new Uint8Array(part);
    hash.update(`${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
