/**
 * Turns the rendered HTML of an item's main content into the paragraphs of a radio script
 * (still as written: numbers and abbreviations are read later by the normaliser).
 *
 * - <p>, list items, definition terms and loose text become paragraphs;
 * - <h2> becomes a spoken transition ("Phần tiếp theo: …."), unless nothing was read before it;
 *   <h3>–<h6> a lead sentence; <h1> is left out because the script reads the title itself; in a
 *   programme (a shared reading) no heading is read, since the programme announces its parts;
 * - quotations, lists, timelines and tables are read as their modules describe;
 * - a stat block (`data-radio="stat"`) is read "<value> <label>."; a title marked `data-radio="heading"`
 *   (a callout's) is read like an <h3>;
 * - figures with an image, anything marked data-radio="skip", media, controls, footnote marks and
 *   the footnotes section are left out.
 */
import { HTMLElement, parse } from 'node-html-parser';
import type { AbbreviationEntry } from './abbreviations';
import { addParagraph, newCollector, type ScriptCollector, type SharedReading } from './html-collector';
import { readList, readTimeline } from './html-lists';
import { readBlockquote, readPlainQuoteFigure, readQuoteFigure } from './html-quotes';
import { readTable } from './html-tables';
import { isSilent, readInline, squish, tagOf } from './html-text';
import { headingLine } from './phrases';
import { RADIO_ROLE } from '../page-markers';

/** The paragraphs of a script read from HTML, and the <abbr title> explanations found in it. */
export interface HtmlScript {
  /** Paragraphs in reading order, whitespace collapsed, each ending as a sentence. */
  readonly paragraphs: string[];
  /** Abbreviations explained inline with <abbr title>, to apply to the whole item. */
  readonly abbreviations: AbbreviationEntry[];
}

/** Elements that start a block of their own; anything else is read inline within a paragraph. */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote caption dd details div dl dt fieldset figcaption figure footer ' +
    'h1 h2 h3 h4 h5 h6 header hr li main ol p pre section summary table ul'
  ).split(' '),
);
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'dt', 'dd', 'li', 'figcaption', 'summary', 'address', 'caption']);
const MEDIA_SELECTOR = 'img, picture, video, audio, iframe, svg, object, embed';

/** Reads the HTML of an item's main content into script paragraphs; `shared` when it is one part of a programme. */
export function htmlToScript(html: string, shared?: SharedReading): HtmlScript {
  const out = newCollector(shared);
  readBlocks(parse(html.normalize('NFC'), { comment: false }), out);
  return { paragraphs: out.paragraphs, abbreviations: out.abbreviations };
}

/** Reads a container's children: runs of inline content become paragraphs, blocks are read by kind. */
function readBlocks(container: HTMLElement, out: ScriptCollector): void {
  let inline = '';
  for (const child of container.childNodes) {
    if (child instanceof HTMLElement && isBlock(child)) {
      addParagraph(out, inline);
      inline = '';
      readBlock(child, out);
    } else {
      inline += readInline(child, out.abbreviations);
    }
  }
  addParagraph(out, inline);
}

function isBlock(element: HTMLElement): boolean {
  return BLOCK_TAGS.has(tagOf(element)) || ['quote', 'stat', 'timeline'].includes(element.getAttribute(RADIO_ROLE) ?? '');
}

function readBlock(element: HTMLElement, out: ScriptCollector): void {
  if (isSilent(element)) return;
  const role = element.getAttribute(RADIO_ROLE);
  const tag = tagOf(element);
  if (role === 'quote') return readQuoteFigure(element, out, readBlocks);
  if (role === 'stat') return readStat(element, out);
  if (role === 'heading') return readHeading(element, out, 3);
  if (role === 'timeline') return readTimeline(element, out, readBlocks);
  if (tag === 'h1' || tag === 'hr') return;
  if (/^h[2-6]$/u.test(tag)) return readHeading(element, out);
  if (PARAGRAPH_TAGS.has(tag)) return addParagraph(out, readInline(element, out.abbreviations));
  if (tag === 'ul' || tag === 'ol') return readList(element, out, readBlocks);
  if (tag === 'table') return readTable(element, out);
  if (tag === 'blockquote') return readBlockquote(element, out, readBlocks);
  if (tag === 'figure') return readFigure(element, out);
  readBlocks(element, out);
}

/** A heading, or a title marked data-radio="heading" (a callout's), read at `level` (default: its tag's). */
function readHeading(heading: HTMLElement, out: ScriptCollector, level = Number(tagOf(heading).slice(1))): void {
  if (!out.readHeadings) return;
  const text = squish(readInline(heading, out.abbreviations));
  if (text !== '') addParagraph(out, headingLine(text, level, out.paragraphs.length === 0));
}

/** "<value> <label>.": "10.930 lượt cán bộ, đảng viên dự hội nghị trực tuyến." */
function readStat(stat: HTMLElement, out: ScriptCollector): void {
  const value = stat.querySelector('.stat-value');
  const label = stat.querySelector('.stat-label');
  const parts = value && label ? [value, label] : [stat];
  addParagraph(out, parts.map((part) => squish(readInline(part, out.abbreviations))).join(' '));
}

/** A figure with an image is a picture and is not read; one with a blockquote is a quotation. */
function readFigure(figure: HTMLElement, out: ScriptCollector): void {
  if (figure.querySelector(MEDIA_SELECTOR) !== null) return;
  if (figure.querySelector('blockquote') !== null) return readPlainQuoteFigure(figure, out, readBlocks);
  readBlocks(figure, out);
}
