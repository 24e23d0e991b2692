import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorLocale, flattenLocale, generalNouns, nestLocale, type LocaleTree } from '../../../src/cms/locale';
import { packageFolder } from '../../../src/cms/package-folder';
import { cmsInterfaceText } from '../../../src/i18n/cms-interface';

const shipped = (locale: string) =>
  JSON.parse(readFileSync(path.join(packageFolder('@sveltia/cms'), 'locales', `${locale}.json`), 'utf8')) as LocaleTree;

describe('editorLocale', () => {
  it('takes our text first, then the package translation with our nouns, and lists what is left in English', () => {
    const { locale, untranslated } = editorLocale(
      { save: 'Save', entry_saved: 'Entry saved.', show_errors: 'Show Errors', nested: { a: 'A' } },
      { save: 'Lưu', entry_saved: 'Đã lưu bài viết.', nested: { a: 'Á' } },
      { save: 'Lưu lại' },
    );
    expect(locale).toEqual({ save: 'Lưu lại', entry_saved: 'Đã lưu mục.', show_errors: 'Show Errors', nested: { a: 'Á' } });
    expect(untranslated).toEqual(['show_errors']);
  });

  it('round-trips a translation through its dotted keys', () => {
    const tree = { a: 'x', b: { c: 'y', d: { e: 'z' } } };
    expect(nestLocale(flattenLocale(tree))).toEqual(tree);
  });

  it('calls an entry "mục", never "bài viết"', () => {
    expect(generalNouns('Bài viết này có 2 bài viết con.')).toBe('Mục này có 2 mục con.');
  });

  it('has no override for a key the CMS does not know', () => {
    const known = new Set(Object.keys(flattenLocale(shipped('en-US'))));
    expect(Object.keys(cmsInterfaceText).filter((key) => !known.has(key))).toEqual([]);
  });

  it('leaves nothing of the editor in English', () => {
    const { untranslated, locale } = editorLocale(shipped('en-US'), shipped('vi'), cmsInterfaceText);
    expect(untranslated).toEqual([]);
    expect(Object.values(flattenLocale(locale)).filter((text) => /bài viết/i.test(text))).toEqual([]);
  });

  it('serves none of the English words editors met, nor the jargon they could not follow', () => {
    const { locale } = editorLocale(shipped('en-US'), shipped('vi'), cmsInterfaceText);
    // Option names in backticks and {$placeholders} are code, not words an editor reads.
    const words = Object.entries(flattenLocale(locale)).map(([key, text]) => [key, text.replace(/`[^`]*`|\{\$[^}]*\}/g, '')]);
    const english = /Show Errors|Slug|Replace Image|\bSelect\b|_default/i;
    const jargon = /chuyên mục|kho mã nguồn|đường dẫn tĩnh|dùng chung|commit|xuất bản|Markdown/i;
    expect(words.filter(([, text]) => english.test(text as string))).toEqual([]);
    expect(words.filter(([key, text]) => key !== 'file_type_labels.md' && jargon.test(text as string))).toEqual([]);
  });
});
