/**
 * One kind of quotation marks everywhere readers look: Vietnamese print uses curly double quotes
 * (“…”), while editors type straight ones ("…") or guillemets («…») copied from older sources.
 */

/** Characters after which a straight quote opens a quotation rather than closes one. */
const OPENS_AFTER = /[\s([{\u2013\u2014/-]/u;

/** Straight double quotes and guillemets as curly double quotes; an existing curly quote is left alone. */
export function curlyQuotes(text: string): string {
  if (!/["«»]/u.test(text)) return text;
  let out = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === '«') out += '“';
    else if (char === '»') out += '”';
    else if (char === '"') {
      const before = text.charAt(index - 1);
      out += index === 0 || OPENS_AFTER.test(before) || before === '“' ? '“' : '”';
    } else out += char;
  }
  return out;
}
