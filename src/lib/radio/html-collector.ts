/** Where the HTML readers put what they read: paragraphs in reading order, inline abbreviations, sources already cited. */
import type { HTMLElement } from 'node-html-parser';
import type { AbbreviationEntry } from './abbreviations';
import { endSentence } from './phrases';
import { tidySpacing } from './tidy';

/** Paragraphs read so far, and the <abbr title> explanations and quotation sources met on the way. */
export interface ScriptCollector {
  readonly paragraphs: string[];
  readonly abbreviations: AbbreviationEntry[];
  /** Sources of the quotations read so far, so a source is cited once per item (or per programme). */
  readonly citedSources: Set<string>;
  /** Quotations already read in a programme, so words standing on their own are not read twice; absent for an item. */
  readonly quotedTexts?: Set<string>;
  /** False in a programme: its parts are announced by the programme, not by the items' headings. */
  readonly readHeadings: boolean;
}

/** What several items read one after another (a programme) share: sources cited and quotations read. */
export interface SharedReading {
  readonly citedSources: Set<string>;
  readonly quotedTexts: Set<string>;
}

/** A fresh shared state for one programme. */
export function newSharedReading(): SharedReading {
  return { citedSources: new Set(), quotedTexts: new Set() };
}

/** An empty collector for reading a whole item, alone or as part of a programme. */
export function newCollector(shared?: SharedReading): ScriptCollector {
  return shared
    ? { paragraphs: [], abbreviations: [], citedSources: shared.citedSources, quotedTexts: shared.quotedTexts, readHeadings: false }
    : { paragraphs: [], abbreviations: [], citedSources: new Set(), readHeadings: true };
}

/** Reads the block content of an element into a collector (passed to the readers of lists, quotes…). */
export type BlockReader = (container: HTMLElement, out: ScriptCollector) => void;

/** A collector for a part read separately (a list item, a quotation) that shares the abbreviations and cited sources. */
export function childCollector(out: ScriptCollector): ScriptCollector {
  return { ...out, paragraphs: [] };
}

/** Adds one paragraph, spacing tidied and ending as a sentence; text without a letter or digit adds nothing. */
export function addParagraph(out: ScriptCollector, text: string): void {
  const clean = tidySpacing(text);
  if (/[\p{L}\p{N}]/u.test(clean)) out.paragraphs.push(endSentence(clean));
}
