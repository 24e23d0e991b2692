/**
 * Nothing of the machine that built the site reaches the site: no value of the build's
 * environment (where CI keeps its deploy secrets) and no path of the build folder appears in any
 * file of dist/. Content cannot print them (bodies hold no code), and no code of ours may either.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, listFiles } from '../support/dist';

/** Environment values worth finding: paths and anything named like a secret, long enough not to match by chance. */
const watched = Object.entries(process.env).filter(
  (entry): entry is [string, string] =>
    typeof entry[1] === 'string' &&
    entry[1].length >= 8 &&
    (/TOKEN|SECRET|KEY|PASSWORD|AUTH|CREDENTIAL/i.test(entry[0]) || ['PATH', 'HOME', 'PWD', 'INIT_CWD'].includes(entry[0])),
);

describe('the built site', () => {
  it('has environment values to look for', () => {
    expect(watched.map(([name]) => name)).toContain('PATH');
  });

  it.each(listFiles(distDir).filter((file) => !/\.(?:jpe?g|png|webp|avif|woff2|pdf|docx|wasm|pagefind|pf_\w+)$/.test(file)))(
    '%s holds no value of the build environment and no path of the build folder',
    (file) => {
      const text = readFileSync(path.join(distDir, file), 'latin1');
      for (const [name, value] of [...watched, ['project folder', path.resolve('.')] as [string, string]]) {
        expect(text.includes(value), `${name} in ${file}`).toBe(false);
      }
    },
  );
});
