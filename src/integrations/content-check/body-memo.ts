/**
 * Remembers what the body check found for each body, by a hash of its text, in Astro's cache
 * folder: parsing every MDX body takes about 2 ms each, so at thousands of items an unchanged
 * site is checked without parsing any, and an edit parses only the bodies it changed.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BodyFindings } from '../../lib/content-check/mdx-body';
import type { BodyMemo } from '../../lib/content-check/read-entry';

/** The memo, and how to write it back. */
export interface SavedBodyMemo extends BodyMemo {
  save(): Promise<void>;
}

/**
 * The files whose text decides what a body check finds: its rules, the blocks' contract and the
 * parser's version (in the lock file). Findings are reused only while all three are unchanged.
 */
const RULE_FILES = ['src/lib/content-check/mdx-body.ts', 'src/lib/mdx-components.ts', 'package-lock.json'];

/** Loads the memo kept in `cacheDir` (an empty one when there is none, it is unreadable or the rules changed). */
export async function loadBodyMemo(cacheDir: string, projectRoot: string): Promise<SavedBodyMemo> {
  const file = path.join(cacheDir, 'content-check-bodies.json');
  const rules = createHash('sha256');
  for (const ruleFile of RULE_FILES) rules.update(await readFile(path.join(projectRoot, ruleFile)));
  const version = rules.digest('base64url');
  let stored: Record<string, BodyFindings> = {};
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { version?: string; bodies?: Record<string, BodyFindings> };
    if (parsed.version === version && parsed.bodies) stored = parsed.bodies;
  } catch {
    // No memo yet: every body is parsed once.
  }
  const used: Record<string, BodyFindings> = {};
  const key = (body: string) => createHash('sha256').update(body).digest('base64url');
  return {
    get(body) {
      const found = stored[key(body)];
      if (found) used[key(body)] = found;
      return found;
    },
    set(body, findings) {
      used[key(body)] = findings;
    },
    // Only the bodies of this run are kept, so the file does not grow with every edit ever made.
    async save() {
      await mkdir(cacheDir, { recursive: true });
      await writeFile(file, JSON.stringify({ version, bodies: used }));
    },
  };
}
