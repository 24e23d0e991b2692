/**
 * The editor's interface in Vietnamese. Sveltia CMS ships a Vietnamese translation that leaves
 * about a hundred strings in English ("Show Errors", "Replace Image", the English-language
 * banner) and calls every entry "bài viết", so a weekly question list reads "52 bài viết". The
 * build serves a translation of its own instead (src/integrations/cms-vendor/): every key the
 * CMS knows, from src/i18n/cms-interface.ts where we wrote one, else the package's Vietnamese
 * with its nouns made ours.
 */

/** A translation file: nested objects of MessageFormat 2 strings. */
export type LocaleTree = { [key: string]: string | LocaleTree };

/** Every string of a translation by its dotted key ("saving_entry.error.title"). */
export function flattenLocale(tree: LocaleTree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flattenLocale(value, `${prefix}${key}.`)),
    ),
  );
}

/** The nested translation from dotted keys. */
export function nestLocale(flat: Record<string, string>): LocaleTree {
  const tree: LocaleTree = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as LocaleTree;
    node[parts.at(-1) as string] = value;
  }
  return tree;
}

/** "bài viết" (an article) for any entry becomes "mục" (an item): right for questions, documents, charts and places alike. */
export function generalNouns(text: string): string {
  return text.replaceAll('Bài viết', 'Mục').replaceAll('bài viết', 'mục');
}

/** The served translation, and the keys that still have no Vietnamese (a test requires none). */
export function editorLocale(
  english: LocaleTree,
  vietnamese: LocaleTree,
  overrides: Readonly<Record<string, string>>,
): { locale: LocaleTree; untranslated: string[] } {
  const packaged = flattenLocale(vietnamese);
  const untranslated: string[] = [];
  const strings = Object.fromEntries(
    Object.entries(flattenLocale(english)).map(([key, fallback]) => {
      const own = overrides[key] ?? (key in packaged ? generalNouns(packaged[key] as string) : undefined);
      if (own === undefined) untranslated.push(key);
      return [key, own ?? fallback];
    }),
  );
  return { locale: nestLocale(strings), untranslated };
}
