/**
 * Small things readers saw wrong in the text of the built pages: a space before a comma
 * ("Kon Rẫy , Sa Thầy"), a count of four digits without its thousands dot ("1154 tiếng"), a
 * number parted from its unit at a line's end ("giây)" or "phút" alone on a line), and a
 * document's official source named but not linked.
 */
import { describe, expect, it } from 'vitest';
import { builtPages, type BuiltPage } from '../support/dist';

const pages = builtPages();

/** The text of a page's main content, without scripts, styles and drawings. */
function mainText(page: BuiltPage): string {
  const main = page.root.querySelector('main');
  if (!main) return '';
  const clone = main.clone() as typeof main;
  for (const element of clone.querySelectorAll('script, style, svg, template, noscript')) element.remove();
  return clone.text;
}

/** Every match of `pattern` in the main text of every page, as "path: …context…". */
const hits = (pattern: RegExp) =>
  pages.flatMap((page) => [...mainText(page).matchAll(pattern)].map((match) => `${page.path}: ${match[0]}`));

describe('reader text', () => {
  it('has pages to read', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('never puts a space before a comma', () => {
    expect(hits(/\S{0,20}[ \t\n]+,.{0,20}/gu)).toEqual([]);
  });

  it('writes counts of a thousand and more with the thousands dot', () => {
    expect(hits(/(?<![\d./-])\d{4,}\s(?:tiếng|lượt|người|tập thể|cá nhân|mô hình)(?!\p{L})/gu)).toEqual([]);
  });

  it('joins a number to its unit of time with a no-break space, so the unit never starts a line alone', () => {
    const durations = hits(/\d\s(?:giây|phút|giờ|tiếng)(?!\p{L})/gu);
    expect(durations.length).toBeGreaterThan(0);
    expect(durations.filter((hit) => !/\d\u00a0/u.test(hit))).toEqual([]);
  });

  it('links a document’s official source where the document gives its address', () => {
    const documents = pages.filter((page) => page.root.querySelector('.official'));
    expect(documents.length).toBeGreaterThan(0);
    const named = documents.filter((page) => /Cổng Thông tin điện tử/u.test(page.root.querySelector('.official')?.text ?? ''));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((page) => !page.root.querySelector('.official a[href^="https://"]')).map((page) => page.path)).toEqual([]);
  });
});
