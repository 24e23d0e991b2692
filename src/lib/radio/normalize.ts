/**
 * Turns written Vietnamese into what the announcer says: every number, date, time, Roman
 * numeral, unit and known abbreviation in words, so the output has no Arabic digit (except
 * inside tokens the editor chose to keep).
 *
 * The order matters; each step takes what is unambiguous to it before a broader step could
 * misread it:
 * 1. web addresses: "https://…/2024/05/…" is not a date;
 * 2. document codes: "15/2020/NĐ-CP" is not a date, "05" there is read "không năm"; then
 *    citation shorthand: "t.12, tr.236" is a volume and a page, "H., 2011" the city of publication;
 * 3. phone numbers: "0912.345.678" is not a grouped number;
 * 4. dates, then times: a slash or dash between day and month is not a fraction or a range,
 *    and "9h30" is not a unit "h";
 * 5. Roman numerals, while their trigger words ("khóa", "thế kỷ") are still in place and before
 *    the abbreviation report could list "XII";
 * 6. ranges, units and percent, fractions, ordinals: each needs its digits still as digits;
 * 7. every remaining number;
 * 8. abbreviations, after the steps above have left codes' issuers ("TW") as plain tokens,
 *    then the report of the unknown ones;
 * 9. symbols and spacing, once nothing structured is left to misread.
 */
import { expandAbbreviations, type AbbreviationDictionary } from './abbreviations';
import { readDates } from './dates';
import { readCitations } from './citations';
import { readDocumentCodes } from './document-codes';
import { readFractions } from './fractions';
import { protectTokens } from './keep';
import { readNumbers } from './number-text';
import { readOrdinals } from './ordinals';
import { hasDigit } from './patterns';
import { readPhoneNumbers } from './phone-numbers';
import { readRanges } from './ranges';
import { readRomanNumerals } from './roman';
import { readSymbols } from './symbols';
import { readTimes } from './times';
import { tidySpacing } from './tidy';
import { findUnknownAbbreviations, type UnknownAbbreviation } from './unknown-abbreviations';
import { readUnits } from './units';
import { mayHaveWebAddress, readWebAddresses } from './web-addresses';

/** What {@link toSpoken} needs besides the text. */
export interface SpokenOptions {
  /** Abbreviations to expand (the site's, with the item's overrides merged over them). */
  readonly dictionary: AbbreviationDictionary;
  /** Tokens read as written ("ASEAN", "COVID"): left untouched and never reported. */
  readonly keep?: Iterable<string>;
}

/** Spoken text and the abbreviations it still contains that nobody explained. */
export interface SpokenText {
  readonly text: string;
  readonly unknownAbbreviations: UnknownAbbreviation[];
}

/** A reading step, and a cheap test that the text has something it could act on. */
interface ReadingStep {
  readonly read: (text: string) => string;
  readonly mayApply: (text: string) => boolean;
}

/** Every pattern of these steps needs an Arabic digit, and no step adds one, so most prose skips them. */
const needsDigits = (read: (text: string) => string): ReadingStep => ({ read, mayApply: hasDigit });

const STEPS_BEFORE_ABBREVIATIONS: readonly ReadingStep[] = [
  { read: readWebAddresses, mayApply: mayHaveWebAddress },
  needsDigits(readDocumentCodes),
  needsDigits(readCitations),
  needsDigits(readPhoneNumbers),
  needsDigits(readDates),
  needsDigits(readTimes),
  // Roman numerals are letters: always looked for.
  { read: readRomanNumerals, mayApply: () => true },
  needsDigits(readRanges),
  needsDigits(readUnits),
  needsDigits(readFractions),
  needsDigits(readOrdinals),
  needsDigits(readNumbers),
];

/** Normalises one piece of text (a paragraph, a title) for reading aloud. */
export function toSpoken(text: string, options: SpokenOptions): SpokenText {
  const kept = protectTokens(text.normalize('NFC'), options.keep ?? []);
  const numbersRead = STEPS_BEFORE_ABBREVIATIONS.reduce(
    (current, step) => (step.mayApply(current) ? step.read(current) : current),
    kept.text,
  );
  const expanded = expandAbbreviations(numbersRead, options.dictionary);
  const unknownAbbreviations = findUnknownAbbreviations(expanded);
  const spoken = tidySpacing(readSymbols(expanded));
  return { text: kept.restore(spoken), unknownAbbreviations };
}
