/** What a build wrote: how many HTML pages and how many bytes in all. */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Size of a built site. */
export interface DistStats {
  pages: number;
  files: number;
  bytes: number;
}

/** Counts the HTML files and adds up every file's size under `dir`. */
export function distStats(dir: string): DistStats {
  const stats: DistStats = { pages: 0, files: 0, bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    stats.files += 1;
    stats.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) stats.pages += 1;
  }
  return stats;
}
