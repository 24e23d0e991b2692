/**
 * Finds abbreviations the dictionary did not expand, so the editor can add them (or mark them
 * "keep"). They stay in the text as written; nothing is spelled out silently.
 */

/** An unexpanded abbreviation and how many times it occurs. */
export interface UnknownAbbreviation {
  readonly token: string;
  readonly count: number;
}

/**
 * Two or more capitals from the letters abbreviations are made of (A–Z, Đ, and Ư as in "TƯ"),
 * not touching other letters: "BQLDA" is found, "TTg" and the word "HỒ" are not.
 */
const CANDIDATE = /(?<![\p{L}\p{N}\p{Co}])[A-ZĐƯ]{2,}(?![\p{L}\p{Co}])/gu;
/** A Vietnamese syllable written in capitals without tone marks, like "BAN", "CHI", "THEO", "TƯ". */
const CAPS_SYLLABLE = /^(?:NGH|NG|NH|CH|GH|GI|KH|PH|QU|TH|TR|[BCDĐGHKLMNPRSTVX])?[AEIOUYƯ]{1,3}(?:NG|NH|CH|[CMNPT])?$/u;
const CAPS_WORD = /^[\p{Lu}]{2,}$/u;

/** Lists the all-capital tokens left in the text, in order of first appearance, with counts. */
export function findUnknownAbbreviations(text: string): UnknownAbbreviation[] {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(CANDIDATE)) {
    if (isWordInCapitalisedRun(match[0], text, match.index)) continue;
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return [...counts].map(([token, count]) => ({ token, count }));
}

/** Adds up several lists (one per paragraph) into one, keeping the order of first appearance. */
export function mergeUnknownAbbreviations(lists: Iterable<readonly UnknownAbbreviation[]>): UnknownAbbreviation[] {
  const counts = new Map<string, number>();
  for (const list of lists) {
    for (const { token, count } of list) counts.set(token, (counts.get(token) ?? 0) + count);
  }
  return [...counts].map(([token, count]) => ({ token, count }));
}

/** "BAN" in "BAN CHẤP HÀNH" is a word of a heading typed in capitals, not an abbreviation. */
function isWordInCapitalisedRun(token: string, text: string, index: number): boolean {
  if (!CAPS_SYLLABLE.test(token)) return false;
  const previous = text.slice(0, index).match(/([\p{L}]+)[^\p{L}\n]*$/u)?.[1];
  const next = text.slice(index + token.length).match(/^[^\p{L}\n]*([\p{L}]+)/u)?.[1];
  return [previous, next].some((word) => word !== undefined && CAPS_WORD.test(word));
}
