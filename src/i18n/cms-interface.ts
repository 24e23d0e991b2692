/**
 * The editor's own interface strings in Vietnamese (Sveltia CMS's buttons, dialogs, messages),
 * by the CMS's dotted key, in its MessageFormat 2 syntax: where the package's translation is
 * missing, English, wrong for our editors or too technical. src/cms/locale.ts merges them over
 * the package's Vietnamese.
 */
export const cmsInterfaceText: Readonly<Record<string, string>> = {
  'saving_entry.error.description': 'Mục này chưa được lưu.',
};
