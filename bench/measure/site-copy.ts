/**
 * A copy of the site's code (src/, public/, config) under .bench/, built as its own Astro
 * root: Astro writes content-modules.mjs into <root>/.astro/ whatever the outDir, so builds
 * of a corpus from the project root would clash with other builds of content/ running there.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './paths.ts';

/** What the site's build needs from the project; node_modules is found by walking up. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'] as const;

/** Replaces `dir` with a fresh copy of the site's code and returns it. */
export function copySite(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of SITE_FILES) cpSync(path.join(projectRoot, name), path.join(dir, name), { recursive: true });
  return dir;
}
