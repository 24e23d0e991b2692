/**
 * A failed build must not leave half a site to be deployed. Content errors found by the
 * loaders stop the build before any page exists, but an MDX body that fails to render is
 * only found while pages are being written; if the build does not finish, remove them.
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Deletes the output folder when `astro build` exits without finishing. */
export function noPartialOutput(): AstroIntegration {
  let outDir: string | undefined;
  let finished = false;
  const cleanUp = () => {
    if (outDir && !finished) rmSync(outDir, { recursive: true, force: true });
  };
  return {
    name: 'lam-theo-bac:no-partial-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        process.once('exit', (code) => {
          if (code !== 0 && !finished) {
            cleanUp();
            logger.error('Bản dựng thất bại: đã xóa thư mục kết quả để không đăng nửa trang web.');
          }
        });
      },
      'astro:build:done': () => {
        finished = true;
      },
    },
  };
}
