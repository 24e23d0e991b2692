/**
 * Asked by the launchers before they start the editor: exits with 0 when `npm ci` must run first
 * (no node_modules/ yet, or package-lock.json changed since the last install, as after an
 * update of the site's code), 1 when the installed packages are current. Plain JavaScript for
 * any Node from 20 on, since it runs before the project's own Node is installed.
 */
import { statSync } from 'node:fs';

const modifiedAt = (file) => {
  try {
    return statSync(new URL(`../${file}`, import.meta.url)).mtimeMs;
  } catch {
    return undefined;
  }
};

// npm writes node_modules/.package-lock.json at the end of every install.
const installed = modifiedAt('node_modules/.package-lock.json');
const wanted = modifiedAt('package-lock.json');
process.exit(installed === undefined || (wanted !== undefined && wanted > installed) ? 0 : 1);
