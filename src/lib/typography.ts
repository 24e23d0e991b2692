/**
 * How text is set where readers look: one kind of quotation marks (Vietnamese print uses curly
 * double quotes “…”, while editors type straight ones "…" or guillemets «…» copied from older
 * sources), and document codes that never break at their hyphen.
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

/** Class of the element that keeps a document code on one line (global.css). */
export const UNBROKEN_CLASS = 'unbroken';

/**
 * A document code with a hyphen: a number, then the kind and the issuing body in capitals
 * ("05-CT/TW", "144-QĐ/TW", "1.029/QĐ-UBND", "128-KH/TU"). Browsers may break a line after its
 * hyphen ("05-" / "CT/TW"); U+2011 would keep it whole but Be Vietnam Pro has no glyph for it.
 */
const DOCUMENT_CODE =
  /(?<![\p{L}\p{N}./-])\d[\d.]*(?:\/\d+)*(?:[-/]\p{Lu}[\p{Lu}\p{N}]*)*-\p{Lu}[\p{Lu}\p{N}]*(?:[-/]\p{Lu}[\p{Lu}\p{N}]*)*(?![\p{L}\p{N}])/gu;

/** Elements whose text must not gain tags: scripts, styles, SVG drawings, form values, the title. */
const RAW_TEXT = /^<(\/?)(script|style|svg|textarea|option|title)\b/iu;

/** Applies `transform` to the text of an HTML fragment, leaving tags, attributes and the text of `RAW_TEXT` elements alone. */
function mapText(html: string, transform: (text: string) => string): string {
  let raw = 0;
  return html
    .split(/(<[^>]*>)/u)
    .map((part, index) => {
      if (index % 2 === 1) {
        const tag = RAW_TEXT.exec(part);
        if (tag && !part.endsWith('/>')) raw = Math.max(0, raw + (tag[1] ? -1 : 1));
        return part;
      }
      return raw ? part : transform(part);
    })
    .join('');
}

/**
 * Wraps each document code in the text of an HTML fragment in a span that keeps it on one line.
 * Copied, searched and read aloud, the code stays as it was typed.
 */
export function keepCodesWhole(html: string): string {
  return mapText(html, (text) => text.replace(DOCUMENT_CODE, (code) => `<span class="${UNBROKEN_CLASS}">${code}</span>`));
}

/** A number and the unit of time or count of syllables after it: "2 phút", "10 giây)", "1.154 tiếng". */
const NUMBER_AND_UNIT = /(?<=\d) (?=(?:giây|phút|giờ|tiếng)(?![\p{L}\p{M}]))/gu;

/**
 * Joins a number to its unit with a no-break space in the text of an HTML fragment, so a line
 * never starts with "giây)" or "phút" cut off from their number.
 */
export function keepNumbersWithUnits(html: string): string {
  return mapText(html, (text) => text.replace(NUMBER_AND_UNIT, '\u00a0'));
}

/** Every rule of how the site sets a fragment of HTML: `keepCodesWhole`, `keepNumbersWithUnits`. */
export function typeset(html: string): string {
  return keepNumbersWithUnits(keepCodesWhole(html));
}
