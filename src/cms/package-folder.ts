/**
 * Finds an installed npm package's folder the way Node looks for it (node_modules of this folder,
 * then of each parent), without its "exports" map: the CMS's files and its run-time libraries are
 * read as files, and most of these packages export no package.json or no file we copy.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder of package `name`, as seen from `from` (default: the project). */
export function packageFolder(name: string, from = process.cwd()): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`The npm package ${name} is not installed: run npm ci.`);
  }
}
