/**
 * Serves Sveltia CMS at /admin/ from the npm package: its prebuilt script, the chunk it loads
 * next to itself, its translations and interface fonts (vendor-files.ts)
 * are written into dist/admin/ after the build and served from node_modules by the dev server,
 * so the editor never loads anything from a CDN.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CMS_SCRIPT_PATH } from '../../cms/paths';
import { sveltiaVendorFiles } from './vendor-files';

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
          const text = url === CMS_SCRIPT_PATH ? vendor.script : vendor.generated.get(url);
          if (text === undefined && !file) return next();
          response.setHeader('content-type', TYPES[path.extname(url)] ?? 'application/octet-stream');
          response.end(text ?? (await readFile(file as string)));
        });
      },
      'astro:build:done': async ({ dir }) => {
        const vendor = sveltiaVendorFiles();
        const out = fileURLToPath(dir);
        for (const [sitePath, text] of [[CMS_SCRIPT_PATH, vendor.script], ...vendor.generated]) {
          await mkdir(path.dirname(path.join(out, sitePath)), { recursive: true });
          await writeFile(path.join(out, sitePath), text);
        }
        for (const [sitePath, source] of vendor.files) {
          const target = path.join(out, sitePath);
          await mkdir(path.dirname(target), { recursive: true });
          await copyFile(source, target);
        }
      },
    },
  };
}
