/**
 * Regular-expression pieces shared by the radio normaliser. JavaScript's `\b` only knows
 * ASCII letters, so word edges are Unicode lookarounds (use them with the `u` flag).
 */

/** Nothing word-like right before: a word or number starts here. */
export const WORD_START = '(?<![\\p{L}\\p{N}\\p{Co}])';

/** Nothing word-like right after: a word or number ends here. */
export const WORD_END = '(?![\\p{L}\\p{N}\\p{Co}])';

/** The number ends here: no more digits, and no "." or "," followed by a digit. */
export const NUMBER_END = '(?![\\p{N}]|[.,]\\p{N})';

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}

/** True when the character is a letter, a digit or a protected-token placeholder. */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}\p{Co}]/u.test(char);
}

/** True when the text has an Arabic digit, which every number-reading pattern (`\d`) needs. */
export function hasDigit(text: string): boolean {
  return /\d/u.test(text);
}
