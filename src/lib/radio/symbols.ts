/**
 * Symbols left once numbers and abbreviations are words, read or turned into pauses:
 * "&" → "và", "+" → "cộng", "=" → "bằng", "~" → "khoảng", a stray "%" → "phần trăm",
 * "°C" → "độ C"; a slash between words ("xã/phường") and a spaced dash are pauses (commas);
 * list bullets and markup characters are dropped. Hyphens inside words ("ki-lô-mét") stay.
 */

const REPLACEMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\s*[-–—•·*+]\s+/gmu, ''],
  [/°\s?C(?![\p{L}])|℃/gu, ' độ C'],
  [/°/gu, ' độ'],
  [/\s?&\s?/gu, ' và '],
  [/\s?\+\s?/gu, ' cộng '],
  [/\s?=\s?/gu, ' bằng '],
  [/~\s?/gu, 'khoảng '],
  [/\s?%/gu, ' phần trăm'],
  [/(?<=[\p{L}\p{Co}])\s*\/\s*(?=[\p{L}\p{Co}])/gu, ', '],
  [/\//gu, ' '],
  [/(?<=\S)\s+[-–—]\s+(?=\S)/gu, ', '],
  [/(?<=[\p{L}\p{Co}])[–—](?=[\p{L}\p{Co}])/gu, ', '],
  [/[*_#|^`•·]/gu, ' '],
  [/\[/gu, '('],
  [/\]/gu, ')'],
];

/** Every character some replacement above needs: text with none of them is left as it is. */
const ANY_SYMBOL = /[-–—•·*+°℃&=~%/_#|^`[\]]/u;

/** Reads or removes the symbols left in the text. */
export function readSymbols(text: string): string {
  if (!ANY_SYMBOL.test(text)) return text;
  return REPLACEMENTS.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}
