/**
 * Fits a headline into the share card's title box: the largest font size at
 * which it wraps, on word boundaries, into the allowed lines; at the smallest
 * size it is cut at a word boundary with "…". Pure: the caller brings the ruler.
 */

/** Width in pixels of a text run at a font size, as the renderer will draw it. */
export type MeasureText = (text: string, fontSize: number) => number;

/** The space the title may take and the font sizes it may use. */
export interface TitleBox {
  /** Line width in pixels. */
  width: number;
  /** Most lines the title may take. */
  maxLines: number;
  /** Font size tried first, in pixels. */
  maxFontSize: number;
  /** Smallest font size allowed, in pixels; below it the title is truncated. */
  minFontSize: number;
  /** Distance between tried font sizes, in pixels (default 2). */
  step?: number;
}

/** The title as it will be drawn: one string per line. */
export interface FittedTitle {
  lines: string[];
  fontSize: number;
  truncated: boolean;
}

/** Marks a cut title, as one character so it never wraps alone. */
export const ELLIPSIS = '…';

/** Breakable white space; no-break spaces (U+00A0, U+202F) keep "1 000" or "Bác ?" together. */
const BREAKABLE_SPACE = /[^\S\u00A0\u202F]+/u;

/** Punctuation that reads wrong right before the ellipsis ("Bác,…"). */
const TRAILING_PUNCTUATION = /[\s,;:.\-–—(“"'«]+$/u;

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Splits a title into words, in NFC so precomposed letters (ệ, ữ, Đắk) measure and draw as one glyph. */
export function titleWords(title: string): string[] {
  return title
    .normalize('NFC')
    .split(BREAKABLE_SPACE)
    .filter((word) => word !== '');
}

/** Picks the largest font size at which the title fits the box, truncating it at the smallest size if needed. */
export function fitTitle(title: string, measure: MeasureText, box: TitleBox): FittedTitle {
  const words = titleWords(title);
  for (const fontSize of fontSizes(box)) {
    const fits = (text: string): boolean => measure(text, fontSize) <= box.width;
    const lines = wrapWords(words, fits);
    if (lines.length <= box.maxLines && lines.every(fits)) {
      return { lines: balanceLines(words, lines.length, (text) => measure(text, fontSize), box.width), fontSize, truncated: false };
    }
  }
  const fontSize = box.minFontSize;
  return { lines: truncateLines(words, (text) => measure(text, fontSize) <= box.width, box.maxLines), fontSize, truncated: true };
}

/** Font sizes from largest to smallest, always ending with the minimum. */
function fontSizes(box: TitleBox): number[] {
  const step = Math.max(1, box.step ?? 2);
  const sizes: number[] = [];
  for (let size = box.maxFontSize; size > box.minFontSize; size -= step) sizes.push(size);
  sizes.push(box.minFontSize);
  return sizes;
}

/** Greedy wrap on word boundaries; a word wider than the line gets a line of its own. */
function wrapWords(words: string[], fits: (text: string) => boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current === '' || fits(candidate)) {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** Re-wraps into the same number of lines at the narrowest width that allows it, so lines are even (no lone last word). */
function balanceLines(words: string[], lineCount: number, width: (text: string) => number, maxWidth: number): string[] {
  const wrapAt = (limit: number): string[] => wrapWords(words, (text) => width(text) <= limit);
  if (lineCount < 2) return wrapAt(maxWidth);
  let low = Math.max(...words.map(width));
  let high = maxWidth;
  while (high - low > 1) {
    const middle = (low + high) / 2;
    if (wrapAt(middle).length <= lineCount) high = middle;
    else low = middle;
  }
  return wrapAt(high);
}

/** Keeps what fits in the allowed lines and ends the last kept line with an ellipsis. */
function truncateLines(words: string[], fits: (text: string) => boolean, maxLines: number): string[] {
  const lines = wrapWords(words, fits);
  const overlong = lines.findIndex((line) => !fits(line));
  const lastKept = overlong === -1 ? Math.min(lines.length, maxLines) - 1 : Math.min(overlong, maxLines - 1);
  const kept = lines.slice(0, lastKept + 1);
  kept[lastKept] = withEllipsis(kept[lastKept] ?? '', fits);
  return kept;
}

/** Drops whole words from the end of a line until it fits with an ellipsis; cuts a lone over-long word as a last resort. */
function withEllipsis(line: string, fits: (text: string) => boolean): string {
  const words = line.split(' ');
  for (let count = words.length; count > 0; count -= 1) {
    const candidate = words.slice(0, count).join(' ').replace(TRAILING_PUNCTUATION, '') + ELLIPSIS;
    if (candidate !== ELLIPSIS && fits(candidate)) return candidate;
  }
  const letters = Array.from(graphemes.segment(words[0] ?? ''), (part) => part.segment);
  for (let count = letters.length - 1; count > 0; count -= 1) {
    const candidate = letters.slice(0, count).join('') + ELLIPSIS;
    if (fits(candidate)) return candidate;
  }
  return ELLIPSIS;
}
