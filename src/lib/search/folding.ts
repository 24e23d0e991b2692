/**
 * Query rewriting for Vietnamese search. Pagefind folds tone and vowel marks but not đ,
 * and matches syllable by syllable; these pure functions turn what a reader types into
 * the queries to run: d/đ variants, adjacent-syllable phrases and typo repairs.
 */
import { foldDiacritics, hasDiacritics } from '../vietnamese';

/** Longest query kept, in characters: longer input is cut. */
export const MAX_QUERY_CHARS = 120;
/** Most syllables kept from a query. */
export const MAX_QUERY_WORDS = 10;

/** A syllable may end in a vowel or one of these consonant clusters, never in a telex tone key. */
const VALID_ENDING = /(?:[aeiouy]|c|ch|m|n|ng|nh|p|t)$/u;
const VOWEL = /[aeiouy]/u;

/**
 * Lower-cases, NFC-normalises and splits a query into syllables: punctuation becomes a
 * space and apostrophes vanish ("H'Drai" → "hdrai"), as Pagefind indexes them.
 */
export function querySyllables(raw: string): string[] {
  return raw
    .normalize('NFC')
    .slice(0, MAX_QUERY_CHARS)
    .toLocaleLowerCase('vi')
    .replace(/['’]/gu, '')
    .replace(/[^\p{L}\p{N}\p{M}\s]+/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, MAX_QUERY_WORDS);
}

/**
 * The spellings a typed syllable may stand for: a syllable typed with no marks at all that
 * starts with "d" may be meant as "đ" ("dao" → "dao", "đao"). A syllable with any mark
 * was typed on a Vietnamese keyboard, so its "d" is taken at its word.
 */
export function syllableVariants(syllable: string): string[] {
  if (syllable.startsWith('d') && !hasDiacritics(syllable)) return [syllable, `đ${syllable.slice(1)}`];
  return [syllable];
}

/**
 * Every combination of syllable variants, the query as typed first, at most `max` of them.
 * When there are too many, the syllables furthest right keep only their typed spelling.
 */
export function expandVariants(syllables: readonly string[], max = 16): string[][] {
  const choices = syllables.map(syllableVariants);
  let count = choices.reduce((product, options) => product * options.length, 1);
  for (let index = choices.length - 1; count > max && index >= 0; index--) {
    const options = choices[index]!;
    if (options.length > 1) {
      count /= options.length;
      choices[index] = [options[0]!];
    }
  }
  return choices.reduce<string[][]>(
    (combinations, options) => combinations.flatMap((prefix) => options.map((option) => [...prefix, option])),
    [[]],
  );
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
  if (!/\p{L}/u.test(syllable)) return syllable;
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

/**
 * Looser queries for when nothing matched: every query with one syllable left out, or for
 * a single syllable its shorter beginnings down to two letters (a missing or wrong last letter).
 */
export function relaxQuery(syllables: readonly string[]): string[][] {
  if (syllables.length > 1) return syllables.map((_, skip) => syllables.filter((__, index) => index !== skip));
  const [only = ''] = syllables;
  const letters = [...only];
  const shorter: string[][] = [];
  for (let length = letters.length - 1; length >= 2; length--) shorter.push([letters.slice(0, length).join('')]);
  return shorter;
}
