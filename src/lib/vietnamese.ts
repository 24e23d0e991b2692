/** Vietnamese text helpers shared by slugs, search folding and sorting. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Removes tone and vowel marks and turns đ/Đ into d/D.
 * Unicode does not decompose đ, so NFD alone leaves it: "Đắk Hà" → "Dak Ha".
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** True when the text has a letter that folding would change (a tone mark, a vowel mark or đ). */
export function hasDiacritics(text: string): boolean {
  return foldDiacritics(text) !== text.normalize('NFC');
}

/** Vietnamese collation, so "Đắk Hà" sorts after "Đăk Glei" and before "Kon Plông" as readers expect. */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Compares two strings in Vietnamese dictionary order. */
export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}

/** Counts spoken syllables: Vietnamese writes one syllable per space-separated word. */
export function countSyllables(text: string): number {
  const words = text
    .trim()
    .split(/\s+/u)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length;
}
