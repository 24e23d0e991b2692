/**
 * Builds the whole radio script of an item: title, opening line, body, closing line with the
 * source, every paragraph normalised for reading aloud, with its length and the abbreviations
 * the editor still has to explain.
 */
import { createDictionary, mergeDictionaries, type AbbreviationDictionary } from './abbreviations';
import { countSpokenSyllables, formatDuration, secondsForSyllables, type ReadingPace } from './duration';
import { htmlToScript } from './html-to-script';
import { toSpoken } from './normalize';
import { capitalize, closingLine, openingLine } from './phrases';
import { mergeUnknownAbbreviations, type UnknownAbbreviation } from './unknown-abbreviations';

/** What the radio script of one item is made from. */
export interface RadioScriptInput {
  /** The item's title, read first and repeated in the closing line. */
  readonly title: string;
  /** What the item is, as shown in the UI ("Bài viết", "Câu chuyện về Bác"). */
  readonly kindLabel: string;
  /** An opening line to use instead of the default greeting. */
  readonly opening?: string;
  /** The rendered HTML of the item's main content. */
  readonly bodyHtml: string;
  /** Who published it, e.g. "Trang Làm theo Bác, Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Ngãi". */
  readonly sourceLine: string;
  /** The site's abbreviations with the item's overrides merged over them. */
  readonly dictionary: AbbreviationDictionary;
  /** Tokens read as written (site list and item list together). */
  readonly keep?: Iterable<string>;
  /** Reading pace used for the duration. */
  readonly pace: ReadingPace;
}

/** A script ready to read, copy or download. */
export interface RadioScript {
  /** The title as read aloud. */
  readonly title: string;
  /** Every paragraph in reading order, normalised: title, opening, body, closing. */
  readonly paragraphs: string[];
  /** The normalised paragraphs of the content alone, without title, opening and closing (a programme frames them its own way). */
  readonly body: string[];
  /** The exact text to copy: paragraphs separated by a blank line. */
  readonly text: string;
  readonly syllables: number;
  readonly seconds: number;
  /** "khoảng 3 phút 20 giây". */
  readonly durationLabel: string;
  /** Abbreviations left unexplained, for the editor to add to the dictionary or keep list. */
  readonly unknownAbbreviations: UnknownAbbreviation[];
}

/** Builds the radio script of an item. */
export function buildRadioScript(input: RadioScriptInput): RadioScript {
  const body = htmlToScript(input.bodyHtml);
  const dictionary = mergeDictionaries(input.dictionary, createDictionary(body.abbreviations));
  const keep = [...(input.keep ?? [])];
  const written = [
    input.title,
    input.opening ?? openingLine(input.kindLabel),
    ...body.paragraphs,
    closingLine(input.kindLabel, input.title, input.sourceLine),
  ];
  const spoken = written.map((paragraph) => toSpoken(paragraph, { dictionary, keep }));
  const read = spoken.map((result) => capitalize(result.text));
  const paragraphs = read.filter((paragraph) => paragraph !== '');
  const syllableCounts = paragraphs.map(countSpokenSyllables);
  const seconds = secondsForSyllables(syllableCounts, input.pace);
  return {
    title: capitalize(spoken[0]?.text ?? ''),
    paragraphs,
    body: read.slice(2, -1).filter((paragraph) => paragraph !== ''),
    text: paragraphs.join('\n\n'),
    syllables: syllableCounts.reduce((total, count) => total + count, 0),
    seconds,
    durationLabel: formatDuration(seconds),
    unknownAbbreviations: mergeUnknownAbbreviations(spoken.map((result) => result.unknownAbbreviations)),
  };
}
