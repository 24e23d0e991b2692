/**
 * Roman numerals read as numbers, but only right after a word that takes one
 * ("khóa XII" → "khóa mười hai", "thế kỷ XXI" → "thế kỷ hai mươi mốt", "lần thứ XIII" →
 * "lần thứ mười ba"), so look-alikes ("MC", "CV", "DI", an English "I") are never touched.
 */
import { readInteger, readOrdinal } from './numbers';
import { escapeRegExp, WORD_END, WORD_START } from './patterns';

/**
 * Words that take a Roman numeral in Vietnamese administrative and Party texts. "thứ" covers
 * "lần thứ XIII" and "kỳ họp thứ VII"; "quý" covers "quý I/2024"; "cấp" the old school levels
 * ("giáo viên cấp II, cấp III").
 */
const TRIGGERS = ['khóa', 'khoá', 'đại hội', 'thế kỷ', 'thế kỉ', 'thứ', 'tập', 'phần', 'chương', 'kỳ họp', 'kì họp', 'quý', 'cấp'];

/**
 * Only I, V, X and L: numbers in these contexts stay below 90 (Đại hội XIII, khóa XV, thế kỷ XXI),
 * and leaving out C, D and M keeps "CV", "MC", "DI", "CD" from ever reading as numbers.
 */
const VALID_ROMAN = /^(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

const triggerPattern = TRIGGERS.flatMap((word) => [word, capitalize(word), word.toUpperCase()])
  .map(escapeRegExp)
  .join('|');
const ROMAN_AFTER_TRIGGER = new RegExp(
  `${WORD_START}(${triggerPattern})(\\s+)([IVXL]+)${WORD_END}(?:\\s*[/-]\\s*(\\d{4})(?![\\p{N}]))?`,
  'gu',
);

/** The value of a valid Roman numeral made of I, V, X, L (1–89), or null. */
export function romanToNumber(token: string): number | null {
  if (token === '' || !VALID_ROMAN.test(token)) return null;
  let total = 0;
  [...token].forEach((letter, index) => {
    const value = ROMAN_VALUES[letter] ?? 0;
    const next = ROMAN_VALUES[token[index + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  });
  return total;
}

/** Replaces Roman numerals that follow a trigger word with Vietnamese number words. */
export function readRomanNumerals(text: string): string {
  return text.replace(ROMAN_AFTER_TRIGGER, (match, trigger: string, space: string, roman: string, year: string | undefined) => {
    const value = romanToNumber(roman);
    if (value === null) return match;
    const word = trigger.toLowerCase();
    const spoken = word === 'thứ' ? readOrdinal(value) : readInteger(value);
    const rest = match.slice(trigger.length + space.length + roman.length);
    const tail = year !== undefined && word === 'quý' ? ` năm ${readInteger(year)}` : rest;
    return `${trigger}${space}${spoken}${tail}`;
  });
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
