/**
 * A text ruler taken from satori itself, so titles are measured with the same
 * shaping (kerning, ligatures) that draws them. One satori layout pass measures
 * every letter and letter pair of the samples at a large size; after that,
 * measuring any run made of those letters is a synchronous sum.
 */
import satori from 'satori';
import type { Font as FontOptions } from 'satori';
import { ELLIPSIS, type MeasureText } from './fit-title.ts';

/** Size the letters are measured at: large, so satori's whole-pixel rounding is negligible. */
const REFERENCE_SIZE = 1000;

/** Letters around the space, to measure a space without satori trimming it. */
const SPACE_PROBE = ['H', 'H H'] as const;

const graphemes = new Intl.Segmenter('vi', { granularity: 'grapheme' });

/** Widths at the reference size measured so far, per font list and style: titles share most letters and pairs, so later cards lay out few runs. */
const measured = new WeakMap<FontOptions[], Map<string, Map<string, number>>>();

/** The measured widths of one font list in one style. */
function measuredWidths(fonts: FontOptions[], style: { fontFamily: string; fontWeight: number }): Map<string, number> {
  let byStyle = measured.get(fonts);
  if (!byStyle) {
    byStyle = new Map();
    measured.set(fonts, byStyle);
  }
  const key = `${style.fontFamily}\u0000${style.fontWeight}`;
  let widths = byStyle.get(key);
  if (!widths) {
    widths = new Map();
    byStyle.set(key, widths);
  }
  return widths;
}

/** Splits a word into user-perceived letters (a base letter and its marks stay together). */
function letters(text: string): string[] {
  return Array.from(graphemes.segment(text), (part) => part.segment);
}

/** Builds a ruler for runs made of the letters in `samples` (plus the ellipsis), in one font and weight. */
export async function createTextMeasurer(
  fonts: FontOptions[],
  style: { fontFamily: string; fontWeight: number },
  samples: string[],
): Promise<MeasureText> {
  const singles = new Set<string>([ELLIPSIS]);
  const pairs = new Set<string>();
  for (const word of samples.flatMap((sample) => sample.split(' '))) {
    const parts = letters(word);
    parts.forEach((letter, index) => {
      singles.add(letter);
      const next = parts[index + 1];
      if (next !== undefined) pairs.add(letter + next);
    });
  }
  for (const letter of singles) pairs.add(letter + ELLIPSIS);

  const runs = [...SPACE_PROBE, ...singles, ...pairs];
  const known = measuredWidths(fonts, style);
  const missing = runs.filter((run) => !known.has(run));
  if (missing.length > 0) {
    const widths = await measureRuns(fonts, style, missing);
    missing.forEach((run, index) => known.set(run, widths[index] ?? 0));
  }
  // Only this measurer's own runs: a letter outside its samples still fails loudly.
  const width = new Map(runs.map((run) => [run, known.get(run) ?? 0]));
  const single = (letter: string): number => {
    const found = width.get(letter);
    if (found === undefined) throw new Error(`Letter "${letter}" was not measured; add it to the samples.`);
    return found;
  };
  const kerning = (left: string, right: string): number => {
    const pair = width.get(left + right);
    return pair === undefined ? 0 : pair - single(left) - single(right);
  };
  const space = single('H H') - 2 * single('H');

  const wordWidths = new Map<string, number>();
  const wordWidth = (word: string): number => {
    const cached = wordWidths.get(word);
    if (cached !== undefined) return cached;
    const parts = letters(word);
    const total = parts.reduce((sum, letter, index) => {
      const next = parts[index + 1];
      return sum + single(letter) + (next === undefined ? 0 : kerning(letter, next));
    }, 0);
    wordWidths.set(word, total);
    return total;
  };
  return (text, fontSize) => {
    const words = text.split(' ');
    const total = words.reduce((sum, word) => sum + wordWidth(word), 0) + space * (words.length - 1);
    return (total * fontSize) / REFERENCE_SIZE;
  };
}

/** Lays out each run unwrapped at the reference size and reads back its width. */
async function measureRuns(fonts: FontOptions[], style: { fontFamily: string; fontWeight: number }, runs: string[]): Promise<number[]> {
  const widths: number[] = [];
  const column = {
    type: 'div',
    props: {
      style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', ...style, fontSize: REFERENCE_SIZE },
      children: runs.map((run) => ({
        type: 'div',
        props: { style: { display: 'flex', whiteSpace: 'pre', flexShrink: 0 }, children: run },
      })),
    },
  };
  await satori(column, {
    width: REFERENCE_SIZE,
    height: REFERENCE_SIZE,
    fonts,
    onNodeDetected: (node) => {
      if (node.textContent !== undefined) widths.push(node.width);
    },
  });
  if (widths.length !== runs.length) throw new Error(`Measured ${widths.length} of ${runs.length} text runs.`);
  return widths;
}
