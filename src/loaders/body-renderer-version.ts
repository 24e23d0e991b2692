/**
 * A digest of everything that decides the HTML the content layer keeps for an MDX body: the
 * renderer's code, the guard and the blocks' contract it uses, and the compiler's version (in
 * the lock file). Astro reuses a stored body while its file is unchanged and empties the store
 * only when Astro itself or the configuration changes, so the loader empties its collection
 * when this digest changes (src/loaders/editor-glob.ts): a new renderer renders every body again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The files, relative to the project root. */
const RENDERER_FILES = [
  'src/loaders/mdx-body-html.ts',
  'src/lib/mdx-block-markers.ts',
  'src/lib/mdx-components.ts',
  'src/integrations/mdx-code-guard.ts',
  'package-lock.json',
];

/** The digest, read from the files under the project `root`. */
export function bodyRendererVersion(root: string): string {
  const hash = createHash('sha256');
  for (const file of RENDERER_FILES) hash.update(readFileSync(path.join(root, file)));
  return hash.digest('base64url');
}
