/**
 * The build's first step: every content file checked before Astro reads any of them, and every
 * problem reported at once, in Vietnamese, with a summary of the faulty files. A content mistake
 * then ends `astro build` with that report alone (no framework text, no stack trace) and before
 * anything is written, so the site already online stays as it was. The editor runs the same
 * checker on each save (src/schemas/check.ts), so it refuses what this step would.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../../lib/content-check/check-content';
import { formatProblems } from '../../lib/content-error';
import { siteCheckOptions } from '../../schemas/check';
import { buildDate } from '../../data/build-date';
import { contentRoot } from '../../data/content-root';
import { loadBodyMemo } from './body-memo';
import { readSnapshot } from '../../data/content-snapshot';

/** The integration; `astro dev` reports problems and goes on, `astro build` stops on them. */
export function contentCheck(): AstroIntegration {
  let command = '';
  return {
    name: 'lam-theo-bac:content-check',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:config:done': async ({ config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const projectRoot = fileURLToPath(config.root);
        const started = performance.now();
        const snapshot = await readSnapshot(path.resolve(projectRoot, contentRoot), projectRoot);
        const bodies = await loadBodyMemo(fileURLToPath(config.cacheDir), projectRoot);
        const { problems } = checkContent(snapshot, siteCheckOptions(buildDate(), bodies));
        await bodies.save();
        if (problems.length === 0) {
          logger.info(`Nội dung hợp lệ: ${snapshot.files.size} tệp (${Math.round(performance.now() - started)} ms)`);
          return;
        }
        console.error(`\n${formatProblems(problems)}\n`);
        if (command === 'build') process.exit(1);
      },
    },
  };
}
