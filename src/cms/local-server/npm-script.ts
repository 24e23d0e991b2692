/**
 * The Node arguments of an npm script that runs Node directly ("node --env-file=… astro.mjs
 * build"), read from package.json. The server runs `npm run build`'s own command, with its memory
 * settings, in the Node that already runs the server: no npm and no shell in between, which
 * Windows would need to start npm.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The arguments after "node" of script `name`; throws when the script does not start with "node". */
export function nodeArgumentsOf(projectRoot: string, name: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const [program, ...args] = (manifest.scripts?.[name] ?? '').trim().split(/\s+/);
  if (program !== 'node') throw new Error(`The npm script "${name}" must be one "node …" command for the editor's local server to run it.`);
  return args;
}
