/**
 * What the editor's page (src/pages/admin/index.astro) puts in its head: the Content Security
 * Policy it relaxes for the CMS, the import map of the CMS's run-time libraries with the hash the
 * policy needs for it, and the share image it names so no card is drawn for it.
 */
import { createHash } from 'node:crypto';
import { absoluteUrl } from '../lib/routes';
import { shareImagePath } from '../lib/share-image/paths';
import { siteConfig } from '../site.config';
import { backendFromEnv } from './config/site-config';
import { cmsCsp } from './csp';
import { CMS_SCRIPT_PATH } from './paths';
import { hookModuleAddress, runtimeImportMap } from './runtime-imports';

/** The page's head, computed once per build; `places` names localities for the preview. */
export function adminPageHead(site: URL | undefined, places: Readonly<Record<string, string>>) {
  const importMap = runtimeImportMap();
  return {
    csp: cmsCsp(backendFromEnv()),
    importMap,
    importMapHash: `sha256-${createHash('sha256').update(importMap).digest('base64')}` as const,
    cmsScript: CMS_SCRIPT_PATH,
    hookModule: hookModuleAddress(),
    places: JSON.stringify(places),
    shareImage: absoluteUrl(shareImagePath('/'), site?.href ?? siteConfig.url),
  };
}
