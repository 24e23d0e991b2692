/** Ordinals after "thứ" and "hạng": "thứ 2" → "thứ hai", "thứ 4" → "thứ tư", "hạng 1" → "hạng nhất". */
import { readOrdinal } from './numbers';

const ORDINAL = /(?<![\p{L}\p{N}])(thứ|Thứ|THỨ|hạng|Hạng|HẠNG)(\s+)(\d+)(?![\p{L}\p{N}]|[.,]\p{N})/gu;

/** Replaces "thứ N" and "hạng N" with ordinal words. */
export function readOrdinals(text: string): string {
  return text.replace(ORDINAL, (_match, word: string, space: string, number: string) => `${word}${space}${readOrdinal(number)}`);
}
