/**
 * Serves Sveltia CMS at /admin/ from the npm package: its prebuilt script, the chunk it loads
 * next to itself, its translations and interface fonts (src/integrations/cms/vendor-files.ts)
 * are written into dist/admin/ after the build and served from node_modules by the dev server,
 * so the editor never loads anything from a CDN.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ADMIN_PATH, sveltiaVendorFiles } from './vendor-files';

/** Where the page loads the CMS from. */
export const CMS_SCRIPT_PATH = `${ADMIN_PATH}sveltia-cms.js`;

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.woff2': 'font/woff2' };

/** The Astro integration. */
export function sveltiaCms(): AstroIntegration {
  return {
    name: 'lam-theo-bac:sveltia-cms',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const vendor = sveltiaVendorFiles();
        server.middlewares.use(async (request, response, next) => {
          const url = decodeURI(request.url?.split('?')[0] ?? '');
          const file = vendor.files.get(url);
          if (url !== CMS_SCRIPT_PATH && !file) return next();
          response.setHeader('content-type', TYPES[path.extname(url)] ?? 'application/octet-stream');
          response.end(file ? await readFile(file) : vendor.script);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const vendor = sveltiaVendorFiles();
        const out = fileURLToPath(dir);
        await writeFile(path.join(out, CMS_SCRIPT_PATH), vendor.script);
        for (const [sitePath, source] of vendor.files) {
          const target = path.join(out, sitePath);
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(source, target);
        }
      },
    },
  };
}
