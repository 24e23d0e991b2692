/** Where the HTML readers put what they read: paragraphs in reading order, inline abbreviations, sources already cited. */
import type { HTMLElement } from 'node-html-parser';
import type { AbbreviationEntry } from './abbreviations';
import { endSentence } from './phrases';
import { tidySpacing } from './tidy';

/** Paragraphs read so far, and the <abbr title> explanations and quotation sources met on the way. */
export interface ScriptCollector {
  readonly paragraphs: string[];
  readonly abbreviations: AbbreviationEntry[];
  /** Sources of the quotations read so far, so a source is cited once per item. */
  readonly citedSources: Set<string>;
}

/** An empty collector for reading a whole item. */
export function newCollector(): ScriptCollector {
  return { paragraphs: [], abbreviations: [], citedSources: new Set() };
}

/** Reads the block content of an element into a collector (passed to the readers of lists, quotes…). */
export type BlockReader = (container: HTMLElement, out: ScriptCollector) => void;

/** A collector for a part read separately (a list item, a quotation) that shares the abbreviations and cited sources. */
export function childCollector(out: ScriptCollector): ScriptCollector {
  return { paragraphs: [], abbreviations: out.abbreviations, citedSources: out.citedSources };
}

/** Adds one paragraph, spacing tidied and ending as a sentence; text without a letter or digit adds nothing. */
export function addParagraph(out: ScriptCollector, text: string): void {
  const clean = tidySpacing(text);
  if (/[\p{L}\p{N}]/u.test(clean)) out.paragraphs.push(endSentence(clean));
}
