/**
 * Starts Sveltia CMS on /admin/: Vietnamese interface, the site's storytelling components as
 * editor blocks, the site's styles in the preview, and the save check. The CMS script comes from
 * the npm package, copied next to this page by the build (src/integrations/cms-vendor/).
 */
import './zod-without-eval';
import { editorBlocks } from '../editor-components';
import { fromMdxFile, fromYamlFile, MDX_FORMAT, toMdxFile, toYamlFile, YAML_FORMAT } from '../file-formats';
import { cmsText } from '../../i18n/cms';
import { registerDateField } from './date-field';
import { guardUnsavedWork } from './leave-guard';
import { registerPreviewTemplates } from './preview-template';
import { registerSaveGate } from './save-gate';
import { registerYearField } from './year-field';
import { startLocalStatus } from './local-status';

const PREFERENCES = 'sveltia-cms.prefs';

/**
 * The interface speaks Vietnamese unless the editor picked another language in the CMS's settings.
 * While it does, the page tells the CMS the browser speaks Vietnamese too: on the many office
 * computers set to English, the CMS otherwise opens with an English banner offering to switch.
 */
function preferVietnamese(): void {
  try {
    const preferences = JSON.parse(localStorage.getItem(PREFERENCES) ?? '{}') as { locale?: string };
    if (!preferences.locale) localStorage.setItem(PREFERENCES, JSON.stringify({ ...preferences, locale: 'vi' }));
    if ((preferences.locale ?? 'vi') !== 'vi') return;
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'vi' });
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['vi'] });
  } catch {
    // Storage may be disabled; the CMS then follows the browser's language.
  }
}

/**
 * Loads, through the page's import map, the library the CMS needs to run its event hooks. When it
 * cannot load, the CMS skips every hook and saves unchecked, so the editor is not opened at all.
 */
async function hooksCanRun(address: string | undefined): Promise<boolean> {
  try {
    if (!address) return false;
    await import(/* @vite-ignore */ address);
    return true;
  } catch (error) {
    console.error(error);
    return false;
  }
}

/** Replaces the page with a message in place of the editor. */
function refuseToOpen(message: string): void {
  const notice = document.createElement('p');
  notice.className = 'cms-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = message;
  document.body.replaceChildren(notice);
}

const root = document.querySelector<HTMLElement>('[data-cms-script]');
if (root) {
  preferVietnamese();
  window.CMS_MANUAL_INIT = true;
  const script = document.createElement('script');
  script.src = root.dataset.cmsScript ?? '';
  script.addEventListener('load', async () => {
    const cms = window.CMS;
    if (!cms) return;
    if (!(await hooksCanRun(root.dataset.hookModule))) {
      refuseToOpen(cmsText.saveCheck.notReady);
      return;
    }
    cms.registerCustomFormat(MDX_FORMAT, 'mdx', { fromFile: fromMdxFile, toFile: toMdxFile });
    cms.registerCustomFormat(YAML_FORMAT, 'yaml', { fromFile: fromYamlFile, toFile: toYamlFile });
    for (const block of editorBlocks) cms.registerEditorComponent(block);
    if (root.dataset.previewStyle) cms.registerPreviewStyle(root.dataset.previewStyle);
    registerDateField(cms);
    registerYearField(cms);
    registerPreviewTemplates(cms, JSON.parse(root.dataset.places ?? '{}') as Record<string, string>);
    registerSaveGate(cms);
    guardUnsavedWork();
    cms.init(await startLocalStatus());
  });
  document.body.append(script);
}
