/** Reading time for Vietnamese text, shown on articles and stories. */
import { countSyllables } from './vietnamese';

/** Silent reading pace: Vietnamese is written one syllable per word; about 230 a minute for news text. */
export const READING_SYLLABLES_PER_MINUTE = 230;

/** Whole minutes needed to read the text, at least 1. */
export function readingMinutes(plainText: string): number {
  return Math.max(1, Math.round(countSyllables(plainText) / READING_SYLLABLES_PER_MINUTE));
}
