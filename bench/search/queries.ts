/**
 * A judged query set made mechanically from a built site: every indexed page's title and text
 * give queries of several classes, each judged by the pages whose title (or text, for phrases)
 * holds what was typed. Nothing here is written against known results; the same code judges
 * the sample and a generated corpus. Deterministic for a given site and seed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { INDEX_EXCLUDED_SELECTORS } from '../../src/lib/search/config.ts';
import { createRandom, type Random } from '../corpus/random.ts';
import { foldDiacritics, hasDiacritics } from '../../src/lib/vietnamese.ts';

/** One judged query: what a reader types, the pages that answer it, its class. */
export interface JudgedQuery {
  q: string;
  expect: string[];
  tags: string[];
}

/** Classes of queries, in report order. */
export const QUERY_CLASSES = ['title', 'title-plain', 'phrase', 'person', 'place', 'number', 'date', 'code', 'd-plain', 'slip'] as const;

/** An indexed page: its URL path, title syllables and text syllables (as written). */
export interface SitePage {
  url: string;
  /** The title as written, punctuation included. */
  titleText: string;
  title: string[];
  text: string[];
}

/** A phrase is only judged when its rarest word is on at most this many pages: a commoner span is seldom on three. */
export const PHRASE_POOL_LIMIT = 60;

/** Comparison keys of a list of words, computed once per list. */
interface Keyed {
  whole: string;
  raw: string;
}
const keyCache = new WeakMap<readonly string[], Keyed[]>();
const keysOf = (words: readonly string[]): Keyed[] => {
  let keys = keyCache.get(words);
  if (!keys) keyCache.set(words, (keys = words.map((word) => ({ whole: key(word), raw: foldDiacritics(word).toLowerCase() }))));
  return keys;
};

const decode = (text: string) =>
  text
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&amp;/gu, '&')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([\da-f]+);/giu, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .normalize('NFC');

/** Words of a text as a reader would copy them: punctuation around a word dropped, inside kept ("1.029", "05-CT/TW"). */
export const wordsOf = (text: string) => text.match(/[\p{L}\p{N}\p{M}]+(?:[./’'-][\p{L}\p{N}\p{M}]+)*/gu) ?? [];

/** The comparison key of a word: folded, lower case, letters and digits only. */
export const key = (word: string) =>
  foldDiacritics(word)
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, '');

/** Reads the indexed pages of a built site (those with data-pagefind-body), in path order. */
export function readSite(distDir: string, files: readonly string[]): SitePage[] {
  const pages: SitePage[] = [];
  for (const file of [...files].sort()) {
    const html = readFileSync(path.join(distDir, file), 'utf8');
    const start = html.search(/<[a-z]+\b[^>]*\bdata-pagefind-body/u);
    if (start < 0) continue;
    const end = html.indexOf('</article>', start);
    // What Pagefind reads: without the elements it ignores (the search facts, a question's answer
    // tap), those the site's index leaves out (the radio link, the date line), and scripts.
    const article = parse(html.slice(start, end < 0 ? undefined : end));
    for (const ignored of article.querySelectorAll(['script', 'style', '[data-pagefind-ignore]', ...INDEX_EXCLUDED_SELECTORS].join(', ')))
      ignored.remove();
    const body = article.toString();
    const title = decode(/<h1[^>]*>([\s\S]*?)<\/h1>/u.exec(body)?.[1] ?? '');
    const url = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/u, '');
    pages.push({ url, titleText: title.replace(/\s+/gu, ' ').trim(), title: wordsOf(title), text: wordsOf(decode(body)) });
  }
  return pages;
}

/** Whether `words` holds `span` side by side; a query word ending in "/" matches a word that starts with it (a day typed "19/5" for "19/5/1890"). */
function holds(words: readonly string[], span: readonly string[]): boolean {
  const keys = keysOf(words);
  const wanted = span.map((word) => ({ whole: key(word), date: /^\d+\/\d+$/u.test(word) ? `${word}/` : undefined }));
  for (let start = 0; start + wanted.length <= keys.length; start++) {
    if (
      wanted.every(
        (want, offset) =>
          keys[start + offset]!.whole === want.whole || (want.date !== undefined && keys[start + offset]!.raw.startsWith(want.date)),
      )
    )
      return true;
  }
  return false;
}

/** Telex keys for marks: what a phone types when the Vietnamese input method is off. */
const TELEX_TONES: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };

/** A syllable typed in telex with the input method off: "đức" → "dduwcs". */
export function telex(syllable: string): string {
  let tone = '';
  let out = '';
  for (const char of syllable.normalize('NFD')) {
    if (char === 'đ' || char === 'Đ') out += char === 'đ' ? 'dd' : 'DD';
    else if (TELEX_TONES[char]) tone = TELEX_TONES[char]!;
    else if (char === '\u0302') out += out.at(-1) ?? '';
    else if (char === '\u0306' || char === '\u031b') out += 'w';
    else out += char;
  }
  return `${out.normalize('NFC')}${tone}`;
}

/** A phone-keyboard slip in a span: one syllable in raw telex, or a letter typed twice, or the marks left off. */
function slip(random: Random, span: readonly string[]): string {
  const words = span.map((word) => word.toLocaleLowerCase('vi'));
  const lettered = words.map((word, index) => (/^\p{L}+$/u.test(word) ? index : -1)).filter((index) => index >= 0);
  if (!lettered.length) return foldDiacritics(words.join(' '));
  const index = random.pick(lettered);
  const word = words[index]!;
  const roll = random.next();
  if (roll < 0.5 && hasDiacritics(word)) words[index] = telex(word);
  else if (roll < 0.8) words[index] = `${word}${word.at(-1)}`;
  else return foldDiacritics(words.join(' '));
  return words.join(' ');
}

const PLACE_WORDS = new Set(['xã', 'huyện', 'thôn', 'làng', 'phường', 'thị', 'thành', 'tỉnh', 'plei', 'kon']);
const isCapital = (word: string) => /^\p{Lu}/u.test(word);

/** Runs of two or more capitalised words not opening the title: names of people and places. */
function names(title: readonly string[]): { start: number; words: string[] }[] {
  const runs: { start: number; words: string[] }[] = [];
  for (let index = 1; index < title.length; index++) {
    if (!isCapital(title[index]!) || isCapital(title[index - 1]!)) continue;
    let end = index;
    while (end < title.length && isCapital(title[end]!)) end++;
    if (end - index >= 2) runs.push({ start: index, words: title.slice(index, end) });
  }
  return runs;
}

/** Makes up to `perClass` judged queries of each class from the pages. */
export function makeQueries(pages: readonly SitePage[], perClass: number, seed = 19_051_890): JudgedQuery[] {
  const random = createRandom(seed);
  const order = random.sample(pages, pages.length);
  const byClass = new Map<string, JudgedQuery[]>(QUERY_CLASSES.map((name) => [name, []]));
  const seen = new Set<string>();
  const titled = (span: readonly string[]) =>
    candidates(titleWords, span)
      .filter((page) => holds(page.title, span))
      .map((page) => page.url);
  const add = (tag: string, q: string, expect: string[], limit = 3) => {
    const list = byClass.get(tag)!;
    if (list.length >= perClass || !expect.length || expect.length > limit || seen.has(`${tag} ${q}`)) return;
    seen.add(`${tag} ${q}`);
    list.push({ q, expect, tags: [tag] });
  };
  /** The shortest span of the title around `at` (growing right, then left) that at most three titles hold. */
  const distinctive = (title: readonly string[], at: number, minimum: number): string[] | undefined => {
    for (let size = minimum; size <= Math.min(6, title.length); size++) {
      const start = Math.max(0, Math.min(at - Math.floor((size - 1) / 2), title.length - size));
      const span = title.slice(start, start + size);
      if (titled(span).length <= 3) return span;
    }
    return undefined;
  };
  const full = (tag: string) => byClass.get(tag)!.length >= perClass;
  // Word → pages that have it, in titles and in text, so a span is only checked where it can be.
  const wordIndex = (words: (page: SitePage) => readonly string[]) => {
    const index = new Map<string, SitePage[]>();
    for (const page of pages) {
      for (const word of new Set(keysOf(words(page)).map((entry) => entry.whole))) {
        const list = index.get(word);
        if (list) list.push(page);
        else index.set(word, [page]);
      }
    }
    return index;
  };
  const titleWords = wordIndex((page) => page.title);
  const textWords = wordIndex((page) => page.text);
  const candidates = (index: Map<string, SitePage[]>, span: readonly string[]) => {
    const lists = span.filter((word) => !/^\d+\/\d+$/u.test(word)).map((word) => index.get(key(word)) ?? []);
    return lists.length ? lists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest)) : pages;
  };
  for (const page of order) {
    if (QUERY_CLASSES.every(full)) break;
    const { title } = page;
    if (title.length < 2) continue;
    const sameTitle = titled(title);
    add('title', page.titleText, sameTitle);
    add('title-plain', foldDiacritics(page.titleText).toLowerCase(), sameTitle);
    for (const { start, words } of names(title)) {
      const before = title[start - 1]!.toLocaleLowerCase('vi');
      const place = PLACE_WORDS.has(before);
      const span = place ? [before, ...words] : words;
      const typed = random.chance(0.5) ? foldDiacritics(span.join(' ')).toLowerCase() : span.join(' ');
      add(place ? 'place' : 'person', typed, titled(span), place ? 50 : 3);
    }
    title.forEach((word, index) => {
      if (full('date') && full('code') && full('number') && full('d-plain')) return;
      if (/^\d+\/\d+\/\d{4}$/u.test(word)) {
        const short = word.split('/').slice(0, 2).join('/');
        const span = distinctive([...title.slice(0, index), short, ...title.slice(index + 1)], index, 2);
        if (span) add('date', random.chance(0.5) ? foldDiacritics(span.join(' ')).toLowerCase() : span.join(' '), titled(span));
      } else if (/\p{L}/u.test(word) && /\d/u.test(word) && /[-/]/u.test(word)) {
        const span = titled([word]).length <= 3 ? [word] : distinctive(title, index, 2);
        if (span) add('code', span.join(' '), titled(span));
      } else if (/^\d[\d.]*$/u.test(word)) {
        const span = distinctive(title, index, 2);
        if (span) add('number', span.join(' '), titled(span));
      }
      if (/^đ/iu.test(word)) {
        const span = distinctive(title, index, 3);
        if (span) add('d-plain', foldDiacritics(span.join(' ')).toLowerCase(), titled(span));
      }
    });
    const slipAt = random.int(0, title.length - 1);
    const slipSpan = full('slip') ? undefined : distinctive(title, slipAt, 3);
    if (slipSpan) add('slip', slip(random, slipSpan), titled(slipSpan));
    const text = page.text;
    if (text.length > 40 && !full('phrase')) {
      const at = random.int(title.length + 5, text.length - 4);
      const span = text.slice(at, at + 3);
      if (span.every((word) => /\p{L}/u.test(word))) {
        const pool = candidates(textWords, span);
        if (pool.length <= PHRASE_POOL_LIMIT)
          add(
            'phrase',
            span.join(' ').toLocaleLowerCase('vi'),
            pool.filter((other) => holds(other.text, span)).map((other) => other.url),
          );
      }
    }
  }
  return QUERY_CLASSES.flatMap((name) => byClass.get(name)!);
}
