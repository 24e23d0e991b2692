/** Ordinals after "thứ" and "hạng": "thứ 2" → "thứ hai", "thứ 4" → "thứ tư", "hạng 1" → "hạng nhất". */
import { readOrdinal } from './numbers';
import { NUMBER_END, WORD_START } from './patterns';

const ORDINAL = new RegExp(`${WORD_START}(thứ|Thứ|THỨ|hạng|Hạng|HẠNG)(\\s+)(\\d+)${NUMBER_END}(?!\\p{L})`, 'gu');

/** Replaces "thứ N" and "hạng N" with ordinal words. */
export function readOrdinals(text: string): string {
  return text.replace(ORDINAL, (_match, word: string, space: string, number: string) => `${word}${space}${readOrdinal(number)}`);
}
