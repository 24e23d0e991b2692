/**
 * The last number step: every remaining run of digits becomes words, so no Arabic digit
 * reaches the announcer. A minus sign right before a number at the start of a word is "âm";
 * a hyphen gluing a number to a word ("COVID-19") is a pause-free space.
 */
import { readWrittenNumber } from './numbers';
import { isWordChar } from './patterns';

const HYPHEN_AFTER_WORD = /(?<=[\p{L}\p{Co}])-(?=\d)/gu;
const NUMBER = /(?:(?<=^|[\s([{“"‘'])[-−])?\d+(?:[.,]\d+)*/gu;

/** Replaces every number left in the text with words, keeping it apart from letters around it. */
export function readNumbers(text: string): string {
  return text.replace(HYPHEN_AFTER_WORD, ' ').replace(NUMBER, (match, offset: number, whole: string) => {
    const before = isWordChar(whole[offset - 1]) ? ' ' : '';
    const after = isWordChar(whole[offset + match.length]) ? ' ' : '';
    return `${before}${readWrittenNumber(match)}${after}`;
  });
}
