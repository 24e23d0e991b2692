/**
 * Writes the offline radio copy's service worker (src/scripts/offline-worker.ts, with the rules it
 * imports) to dist/sw.js as one classic script. It must sit at the site's root so its scope covers
 * every radio page; Astro emits scripts only under /_astro/ with hashed names. esbuild, already
 * installed with Astro, bundles it. No page loads it: the programme page registers it when an
 * operator saves a programme.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { WORKER_PATH } from '../lib/offline/names.ts';

/** The worker's entry point. */
const ENTRY = fileURLToPath(new URL('../scripts/offline-worker.ts', import.meta.url));

/** Bundles the worker into `outfile`, minified for phones on prepaid data. */
export async function buildOfflineWorker(outfile: string): Promise<void> {
  await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'silent',
  });
}

/** The Astro integration: dist/sw.js after every build. */
export function offlineWorker(): AstroIntegration {
  return {
    name: 'lam-theo-bac:offline-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildOfflineWorker(path.join(fileURLToPath(dir), WORKER_PATH));
        logger.info(`Service worker cho bản lưu phát thanh: ${WORKER_PATH}`);
      },
    },
  };
}
