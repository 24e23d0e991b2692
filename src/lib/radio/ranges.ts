/**
 * A dash between two numbers is a range: "2016-2020" → "2016 đến 2020", "3-4 nội dung" →
 * "3 đến 4 nội dung", "50%-60%" → "50% đến 60%". Runs after dates ("ngày 2-9") and phone
 * numbers have taken their dashes, and before the numbers are read.
 */

const RANGE = /(?<![\p{L}\p{N}\p{Co}]|\p{N}[.,])(\d+(?:[.,]\d+)*)(\s?%)?\s*[-–—]\s*(?=\d)/gu;

/** Replaces the dash between two numbers with "đến". */
export function readRanges(text: string): string {
  return text.replace(RANGE, (_match, number: string, percent: string | undefined) => `${number}${percent ?? ''} đến `);
}
