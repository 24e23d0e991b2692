/**
 * Starts Sveltia CMS on /admin/: Vietnamese interface, the site's storytelling components as
 * editor blocks, the site's styles in the preview. The CMS script comes from the npm package,
 * copied next to this page by the build (src/integrations/cms/index.ts).
 */
import { editorBlocks } from '../../lib/cms/editor-components';
import { fromMdxFile, MDX_FORMAT, toMdxFile } from '../../lib/cms/mdx-format';

interface SveltiaCms {
  registerEditorComponent(definition: object): void;
  registerPreviewStyle(style: string): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(text: string): unknown; toFile(value: Record<string, unknown>): string },
  ): void;
  init(): void;
}

declare global {
  interface Window {
    CMS?: SveltiaCms;
    CMS_MANUAL_INIT?: boolean;
  }
}

const PREFERENCES = 'sveltia-cms.prefs';

/** The interface speaks Vietnamese unless the editor picked another language in the CMS's settings. */
function preferVietnamese(): void {
  try {
    const preferences = JSON.parse(localStorage.getItem(PREFERENCES) ?? '{}') as { locale?: string };
    if (!preferences.locale) localStorage.setItem(PREFERENCES, JSON.stringify({ ...preferences, locale: 'vi' }));
  } catch {
    // Storage may be disabled; the CMS then follows the browser's language.
  }
}

const root = document.querySelector<HTMLElement>('[data-cms-script]');
if (root) {
  preferVietnamese();
  window.CMS_MANUAL_INIT = true;
  const script = document.createElement('script');
  script.src = root.dataset.cmsScript ?? '';
  script.addEventListener('load', () => {
    const cms = window.CMS;
    if (!cms) return;
    cms.registerCustomFormat(MDX_FORMAT, 'mdx', { fromFile: fromMdxFile, toFile: toMdxFile });
    for (const block of editorBlocks) cms.registerEditorComponent(block);
    if (root.dataset.previewStyle) cms.registerPreviewStyle(root.dataset.previewStyle);
    cms.init();
  });
  document.body.append(script);
}
