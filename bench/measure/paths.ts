/** Where benchmarks keep their files: under .bench/ (gitignored), inside the project as Astro needs. */
import path from 'node:path';

/** The project's root folder. */
export const projectRoot = path.resolve(import.meta.dirname, '../..');

/** The benchmarks' working folder. */
export const benchDir = path.join(projectRoot, '.bench');

/** The default folder of a corpus of `size` items. */
export function defaultCorpusDir(size: number): string {
  return path.join(benchDir, `corpus-${size}`);
}
