/**
 * Whether the site on disk was built after the last change to what it is built from: then the
 * server serves it at once instead of building first. A technician's update of the code (a new
 * version pulled) counts as a change, like an edit of the content.
 */
import { readdir, stat, utimes } from 'node:fs/promises';
import path from 'node:path';

/** What a build reads besides the content folder, relative to the project. */
const CODE = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

/** The latest modification time under `entry` (a file or a folder, whose own time counts: a deleted file changes it); 0 when missing. */
async function newestChange(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  const children = await readdir(entry, { recursive: true });
  const times = await Promise.all(
    children.map((child) =>
      stat(path.join(entry, child)).then(
        (found) => found.mtimeMs,
        () => 0,
      ),
    ),
  );
  return times.reduce((newest, time) => Math.max(newest, time), info.mtimeMs);
}

/** When the served site was built (its home page's time), or undefined when there is none. */
export async function builtAt(distDir: string): Promise<Date | undefined> {
  const info = await stat(path.join(distDir, 'index.html')).catch(() => undefined);
  return info ? info.mtime : undefined;
}

/**
 * Dates the site just put in place: the home page may have been copied from Astro's cache, and
 * a copy on macOS keeps the old file's time.
 */
export async function markBuilt(distDir: string, when: Date): Promise<void> {
  await utimes(path.join(distDir, 'index.html'), when, when);
}

/** Whether `distDir` holds a site built after every change to the content and the code. */
export async function isUpToDate(distDir: string, contentDir: string, projectRoot: string): Promise<boolean> {
  const built = await builtAt(distDir);
  if (!built) return false;
  const sources = [contentDir, ...CODE.map((entry) => path.join(projectRoot, entry))];
  const newest = (await Promise.all(sources.map(newestChange))).reduce((a, b) => Math.max(a, b), 0);
  return newest <= built.getTime();
}
