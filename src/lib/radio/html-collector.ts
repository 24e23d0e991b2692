/** Where the HTML readers put what they read: paragraphs in reading order and inline abbreviations. */
import type { HTMLElement } from 'node-html-parser';
import type { AbbreviationEntry } from './abbreviations';
import { endSentence } from './phrases';
import { tidySpacing } from './tidy';

/** Paragraphs read so far, and the <abbr title> explanations met on the way. */
export interface ScriptCollector {
  readonly paragraphs: string[];
  readonly abbreviations: AbbreviationEntry[];
}

/** Reads the block content of an element into a collector (passed to the readers of lists, quotes…). */
export type BlockReader = (container: HTMLElement, out: ScriptCollector) => void;

/** A collector for a part read separately (a list item, a quotation) that shares the abbreviations. */
export function childCollector(out: ScriptCollector): ScriptCollector {
  return { paragraphs: [], abbreviations: out.abbreviations };
}

/** Adds one paragraph, spacing tidied and ending as a sentence; text without a letter or digit adds nothing. */
export function addParagraph(out: ScriptCollector, text: string): void {
  const clean = tidySpacing(text);
  if (/[\p{L}\p{N}]/u.test(clean)) out.paragraphs.push(endSentence(clean));
}
