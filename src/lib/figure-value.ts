/**
 * A figure as editors write it ("Hơn 3.780", "2 triệu", "1.000 đồng") split around its number,
 * so the number can be drawn large and never broken across lines while the words around it wrap.
 */

/** The parts of a figure: words before the number, the number, words after it. */
export interface FigureParts {
  before: string;
  number: string;
  after: string;
}

/** A number as Vietnamese writes it: digits grouped by dots, a comma for decimals, an optional % or sign. */
const NUMBER = /[+−-]?\d[\d.,]*%?/;

/** Splits a figure at its first number; a figure without digits is all number (drawn large as is). */
export function splitFigure(value: string): FigureParts {
  const text = value.trim();
  const match = NUMBER.exec(text);
  if (!match) return { before: '', number: text, after: '' };
  return {
    before: text.slice(0, match.index).trim(),
    number: match[0],
    after: text.slice(match.index + match[0].length).trim(),
  };
}
