/**
 * The files of Sveltia CMS that /admin/ serves, all from npm packages. The prebuilt script
 * names two CDNs: unpkg for its interface translations (locales/vi.json) and jsDelivr for its
 * interface fonts (Material Symbols icons, Source Sans 3, Noto Mono). Those addresses are
 * rewritten to copies served beside the script, and the build fails if the script names a CDN
 * file this table does not know, so an update of the package cannot bring back a request to
 * another origin unnoticed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { editorLocale, type LocaleTree } from '../../cms/locale';
import { packageFolder } from '../../cms/package-folder';
import { ADMIN_PATH } from '../../cms/paths';
import { runtimeImports } from '../../cms/runtime-imports';
import { cmsInterfaceText } from '../../i18n/cms-interface';

/** A font file on jsDelivr's Fontsource mirror, e.g. ".../source-sans-3:vf@5.3.0/latin-wght-normal.woff2". */
const FONTSOURCE_URL = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(:vf)?@[\d.]+\/([a-z0-9-]+\.woff2)/g;
const UNPKG_CMS = 'https://unpkg.com/@sveltia/cms';

/** The script, rewritten to load its fonts and translations from /admin/, and every file it needs by site path. */
export interface VendorFiles {
  script: string;
  /** Site path (under /admin/) → file on disk. */
  files: Map<string, string>;
  /** Site path → text made by the build (the interface translation). */
  generated: Map<string, string>;
}

/** Reads the CMS package and the font packages. */
export function sveltiaVendorFiles(): VendorFiles {
  const cms = packageFolder('@sveltia/cms');
  const version = (JSON.parse(readFileSync(path.join(cms, 'package.json'), 'utf8')) as { version: string }).version;
  const files = new Map<string, string>();
  let script = readFileSync(path.join(cms, 'dist/sveltia-cms.js'), 'utf8');

  script = script.replace(FONTSOURCE_URL, (_url, family: string, variable: string | undefined, file: string) => {
    const name = `${family}-${file}`;
    const fontPackage = `${variable ? '@fontsource-variable' : '@fontsource'}/${family}`;
    let source: string;
    try {
      source = path.join(packageFolder(fontPackage), 'files', name);
      readFileSync(source);
    } catch {
      throw new Error(
        `Sveltia CMS loads the font ${family}/${file} from jsDelivr: add the npm package ${fontPackage} so /admin/ serves it.`,
      );
    }
    files.set(`${ADMIN_PATH}fonts/${name}`, source);
    return `${ADMIN_PATH}fonts/${name}`;
  });
  // `${base}@${version}/locales/vi.json` in the script becomes /admin/sveltia-cms@<version>/locales/vi.json.
  script = script.replaceAll(UNPKG_CMS, `${ADMIN_PATH}sveltia-cms`);
  // The interface is ours in Vietnamese (src/cms/locale.ts); English stays as shipped, for an editor who picks it.
  const readLocale = (locale: string) => JSON.parse(readFileSync(path.join(cms, 'locales', `${locale}.json`), 'utf8')) as LocaleTree;
  const { locale: vietnamese } = editorLocale(readLocale('en-US'), readLocale('vi'), cmsInterfaceText);
  const generated = new Map([[`${ADMIN_PATH}sveltia-cms@${version}/locales/vi.json`, JSON.stringify(vietnamese)]]);
  files.set(`${ADMIN_PATH}sveltia-cms@${version}/locales/en-US.json`, path.join(cms, 'locales', 'en-US.json'));
  for (const { sitePath, source } of runtimeImports()) files.set(sitePath, source);
  // The CMS compares its version with the published package's; here it finds its own.
  files.set(`${ADMIN_PATH}sveltia-cms/package.json`, path.join(cms, 'package.json'));
  files.set(`${ADMIN_PATH}chunks/react-dom.js`, path.join(cms, 'dist/chunks/react-dom.js'));
  return { script, files, generated };
}
