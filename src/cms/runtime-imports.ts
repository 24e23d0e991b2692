/**
 * Libraries Sveltia CMS imports from unpkg.com while it runs. Its event hooks, which the save
 * check uses, need Immutable.js: from a CDN, the site's Content Security Policy blocks it, and
 * Sveltia then skips the hooks and saves unchecked. Reading a photo's date on upload (exifr),
 * cleaning an uploaded SVG (svgo) and turning pasted HTML into Markdown (turndown) load the same
 * way. The editor's page maps each such address to the copy npm installed with the CMS, which
 * the build serves under /admin/vendor/ (an import map), so nothing is fetched from another
 * origin. The CMS's other run-time libraries serve features this site does not use (maps, image
 * re-encoding, HEIC photos, PDF thumbnails); the CSP blocks them and the CMS goes on without.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageFolder } from './package-folder';
import { ADMIN_PATH } from './paths';

/** A library the CMS imports at run time: its npm name and the file it asks for. */
export interface RuntimeImport {
  name: string;
  file: string;
}

/** What the CMS imports at run time. */
export const RUNTIME_IMPORTS: readonly RuntimeImport[] = [
  { name: 'immutable', file: 'dist/immutable.es.js' },
  { name: 'exifr', file: 'dist/lite.esm.mjs' },
  { name: 'svgo', file: 'dist/svgo.browser.js' },
  { name: 'turndown', file: 'lib/turndown.browser.es.js' },
];

/** The version the CMS asks for: its own dependency's range without the leading "^" or "~", as it builds the address. */
function requestedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(packageFolder('@sveltia/cms'), 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const range = manifest.dependencies?.[name];
  if (!range) throw new Error(`@sveltia/cms no longer depends on ${name}: update src/cms/runtime-imports.ts.`);
  return range.replace(/^\D/, '');
}

/** One runtime import as the page serves it. */
export interface ServedImport {
  name: string;
  /** The CDN folder the CMS asks for ("https://unpkg.com/immutable@5.1.9/"). */
  requestedFolder: string;
  /** The file it asks for in that folder. */
  requested: string;
  /** The site folder that answers it ("/admin/vendor/immutable@5.1.9/"). */
  served: string;
  /** The site path of the file. */
  sitePath: string;
  /** The file on disk, from the copy npm installed with the CMS. */
  source: string;
}

/** Every runtime import as the page serves it. */
export function runtimeImports(): ServedImport[] {
  return RUNTIME_IMPORTS.map(({ name, file }) => {
    const folder = `${name}@${requestedVersion(name)}/`;
    const served = `${ADMIN_PATH}vendor/${folder}`;
    return {
      name,
      requestedFolder: `https://unpkg.com/${folder}`,
      requested: `https://unpkg.com/${folder}${file}`,
      served,
      sitePath: `${served}${file}`,
      // Nested under the CMS's own folder when npm had to install another version for it.
      source: path.join(packageFolder(name, packageFolder('@sveltia/cms')), file),
    };
  });
}

/** The page's import map, as JSON: each CDN folder the CMS asks for, mapped to the copy the site serves. */
export function runtimeImportMap(): string {
  return JSON.stringify({ imports: Object.fromEntries(runtimeImports().map(({ requestedFolder, served }) => [requestedFolder, served])) });
}

/** The address the CMS imports for its event hooks (Immutable.js): the page loads it first, and opens no editor without it. */
export function hookModuleAddress(): string {
  const immutable = runtimeImports().find(({ name }) => name === 'immutable');
  if (!immutable) throw new Error('RUNTIME_IMPORTS must list immutable, which the save check needs.');
  return immutable.requested;
}
