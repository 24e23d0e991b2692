/**
 * Astro integration: after the build, gives every page its 1200×630 share
 * image at the path src/lib/share-image/paths.ts names, for Zalo and Facebook previews.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { generateShareImages } from './generate.ts';
import { readPageStamps } from '../build-steps/page-stamps.ts';
import { codeVersion, openStepCache } from '../build-steps/step-cache.ts';
import type { SharePage } from '../../lib/share-image/read-page.ts';
import { siteConfig } from '../../site.config.ts';

/**
 * Cache folder inside node_modules/.cache, which CI caches keep and `git clean` ignores;
 * SHARE_IMAGE_CACHE_DIR replaces it, so benchmarks and other content folders keep their own.
 */
const CACHE_DIR = process.env.SHARE_IMAGE_CACHE_DIR ?? 'node_modules/.cache/lam-theo-bac/share-images/';

/** Generates the share images of the finished pages in `astro:build:done`. */
export function shareImages(): AstroIntegration {
  let root: URL;
  let publicDir: URL;
  let cacheDir = '';
  return {
    name: 'lam-theo-bac:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        publicDir = config.publicDir;
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Pages Astro copied unchanged are not read again: what they put on their card is cached.
        const version = await codeVersion(
          new URL('../../lib/share-image/read-page.ts', import.meta.url),
          new URL('../../lib/page-markers.ts', import.meta.url),
        );
        const [stamps, pageCache] = await Promise.all([
          readPageStamps(cacheDir),
          openStepCache<SharePage>(path.join(cacheDir, 'lam-theo-bac/share-pages.json'), version),
        ]);
        await generateShareImages({
          reuse: { stamps, cache: pageCache },
          dir: fileURLToPath(dir),
          cacheDir: fileURLToPath(new URL(CACHE_DIR, root)),
          siteName: siteConfig.name,
          markFile: new URL('favicon.svg', publicDir),
          logger,
        });
        await pageCache.save();
      },
    },
  };
}
