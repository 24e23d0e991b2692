/**
 * Query rewriting for Vietnamese search. Pagefind folds tone and vowel marks but not đ,
 * and matches syllable by syllable; these pure functions turn what a reader types into
 * the queries to run: the index's spelling of đ, adjacent-syllable phrases and typo repairs.
 */
import { foldDiacritics } from '../vietnamese';

/** Longest query kept, in characters: longer input is cut. A full headline fits. */
export const MAX_QUERY_CHARS = 200;
/** Most syllables kept from a query: enough for a full headline, whose last words often tell it apart. */
export const MAX_QUERY_WORDS = 32;

/** A combining short stroke: "d" followed by it is how the index spells "đ". */
const STROKE = '\u0335';
/** A thin space: Pagefind splits words on it, and the index puts one after each "/" of a date. */
const THIN_SPACE = '\u2009';
/** A slash of a date with the space the index put after it, thin or, in text Pagefind returns, plain. */
const SPACED_DATE_SLASH = /(?<=\d)\/[\u2009 ](?=\d)/gu;
/** A day and month, with or without the year ("19/4", "19/4/1946"), or a month and year ("5/2016"). */
const DATE = /(?<![\p{L}\p{N}./-])(\d{1,2})\/(\d{1,2}|\d{4})(?:\/(\d{2,4}))?(?![\p{L}\p{N}]|[./-][\p{L}\p{N}])/gu;

/** Valid ending of a syllable: a vowel or one of these consonant clusters, never a telex tone key. */
const VALID_ENDING = /(?:[aeiouy]|c|ch|m|n|ng|nh|p|t)$/u;
const VOWEL = /[aeiouy]/u;

/**
 * How the index spells a text, so that it finds what readers type:
 * - đ/Đ as d/D plus a combining stroke (U+0335). Pagefind folds combining marks but not đ,
 *   which Unicode does not decompose; spelled so, "dao duc" finds "đạo đức" with one query,
 *   and an exact-marks query for "đạo" still tells it from "dao".
 * - a thin space after each "/" of a date, so "19/4/1946" is three words side by side: Pagefind
 *   would index it as one word "1941946", which "19/4" (→ "194") finds only as a prefix, below
 *   the "194" inside "4.194".
 */
export function toIndexSpelling(text: string): string {
  return text
    .replace(/đ/gu, `d${STROKE}`)
    .replace(/Đ/gu, `D${STROKE}`)
    .replace(DATE, (date: string) => date.replaceAll('/', `/${THIN_SPACE}`));
}

/**
 * Undoes `toIndexSpelling` in text that comes back from the index (titles, excerpts, metadata).
 * A page's text comes back with its spaces made plain, so a date's thin spaces may be ordinary
 * ones by then: "28/ 11/ 1959" is read as "28/11/1959".
 */
export function fromIndexSpelling(text: string): string {
  return text
    .replace(/d\u0335/gu, 'đ')
    .replace(/D\u0335/gu, 'Đ')
    .replace(SPACED_DATE_SLASH, '/');
}

/** A query syllable as the index spells it: dates in their parts ("19/4" → "19", "4"), đ with a stroke. */
export function indexSyllables(syllable: string): string[] {
  const date = new RegExp(DATE.source, 'u').exec(syllable);
  if (date?.[0] === syllable) return syllable.split('/');
  return [toIndexSpelling(syllable)];
}

/**
 * Lower-cases, NFC-normalises and splits a query into syllables. Punctuation between letters
 * or digits stays, so "1.029", "19/5" and "05-CT/TW" are one token each, as Pagefind indexes
 * them ("1029", "195", "05cttw"); other punctuation separates, and apostrophes vanish
 * ("H'Drai" → "hdrai").
 */
export function querySyllables(raw: string): string[] {
  const text = raw.normalize('NFC').slice(0, MAX_QUERY_CHARS).toLocaleLowerCase('vi').replace(/['’]/gu, '');
  return (text.match(/[\p{L}\p{N}\p{M}]+(?:[./-][\p{L}\p{N}\p{M}]+)*/gu) ?? []).slice(0, MAX_QUERY_WORDS);
}

/** Adjacent pairs of syllables ("tấm gương bình dị" → [tấm gương], [gương bình], [bình dị]). */
export function adjacentPairs(syllables: readonly string[]): [string, string][] {
  return syllables.slice(1).map((second, index) => [syllables[index]!, second]);
}

/** A Pagefind phrase query: quoted syllables must appear side by side. */
export function phraseQuery(syllables: readonly string[]): string {
  return `"${syllables.join(' ')}"`;
}

/**
 * Undoes what a phone keyboard leaves behind when the Vietnamese input method misfires:
 * telex doubled letters and tone keys ("gươngf", "ddaoj dduwcs"), VNI digits ("d9ao"),
 * and a letter typed twice ("guongg"). Marks are dropped where the intended one is
 * unclear: Pagefind folds them anyway. Abbreviations without a vowel ("mttq", "tw") are
 * left alone. A dropped last letter costs little: every syllable is also a prefix match.
 */
export function repairSyllable(syllable: string): string {
  if (!/\p{L}/u.test(syllable) || /^\p{N}|[./-]/u.test(syllable)) return syllable;
  let word = syllable.replace(/^d9|^dd(?=[^d])/u, 'đ').replace(/(?<=\p{L})[1-9]/gu, '');
  word = word.replace(/(?<=[uoa])w/gu, '');
  if (word.length > 2) word = word.replace(/w/gu, 'u');
  if (!VOWEL.test(foldDiacritics(word))) return word;
  word = word.replace(/(\p{L})\1+/gu, '$1');
  const plain = foldDiacritics(word);
  if (/[sfrxjz]$/u.test(plain) && VALID_ENDING.test(plain.slice(0, -1))) word = word.slice(0, -1);
  return word;
}

/** The whole query repaired syllable by syllable, or null when repair changes nothing. */
export function repairQuery(syllables: readonly string[]): string[] | null {
  const repaired = syllables.map(repairSyllable).filter(Boolean);
  return repaired.join(' ') === syllables.join(' ') ? null : repaired;
}

/** Letters a single syllable may lose at its end when nothing matched it (a wrong or extra last letter or two). */
const MAX_LETTERS_DROPPED = 2;

/**
 * Looser queries for when nothing matched: every query with one syllable left out, or for a
 * single syllable its beginnings one and two letters shorter, down to two letters (a missing or
 * wrong last letter). Shorter ones would find words that only share a start with nonsense:
 * "xyzqwv" must not find "X.Y.Z.".
 */
export function relaxQuery(syllables: readonly string[]): string[][] {
  if (syllables.length > 1) return syllables.map((_, skip) => syllables.filter((__, index) => index !== skip));
  const [only = ''] = syllables;
  const letters = [...only];
  const shorter: string[][] = [];
  for (let length = letters.length - 1; length >= Math.max(2, letters.length - MAX_LETTERS_DROPPED); length--)
    shorter.push([letters.slice(0, length).join('')]);
  return shorter;
}
