/**
 * Reading the text of HTML elements for the radio script: what is never read (media, controls,
 * footnotes, anything marked data-radio="skip"), and how inline markup is read (links as their
 * text, <abbr title> as its title, footnote marks dropped, m<sup>2</sup> as m²).
 */
import { HTMLElement, NodeType, type Node } from 'node-html-parser';
import type { AbbreviationEntry } from './abbreviations';
import { RADIO_ROLE } from '../page-markers';

/** Elements with nothing to read aloud. */
const SILENT_TAGS = new Set(
  (
    'audio button canvas del embed form iframe img input map nav noscript object picture rp rt s ' +
    'script select style svg template textarea video'
  ).split(' '),
);

/** Elements that begin a new line of text, so their words must not run into their neighbours'. */
const SEPARATED_TAGS = new Set(
  (
    'address article aside blockquote dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header ' +
    'li main ol p pre section table td th tr ul'
  ).split(' '),
);

/** Lower-case tag name of an element ("" for the parse root). */
export function tagOf(element: HTMLElement): string {
  return (element.rawTagName ?? '').toLowerCase();
}

/**
 * True for elements left out of the script: marked data-radio="skip", hidden, media and
 * controls, and the footnotes section (`section[data-footnotes]`, `.footnotes`), whose
 * references are not read either.
 */
export function isSilent(element: HTMLElement): boolean {
  return (
    SILENT_TAGS.has(tagOf(element)) ||
    element.getAttribute(RADIO_ROLE) === 'skip' ||
    element.hasAttribute('hidden') ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('data-footnotes') ||
    element.classList.contains('footnotes')
  );
}

/** Collapses whitespace (line breaks, non-breaking spaces) to single spaces and trims. */
export function squish(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The text of a node as it is read; an <abbr> with a title is read as its title, and the pair
 * is recorded in `abbreviations` so the same abbreviation elsewhere in the item reads the same.
 */
export function readInline(node: Node, abbreviations: AbbreviationEntry[]): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (!(node instanceof HTMLElement) || isSilent(node)) return '';
  const tag = tagOf(node);
  if (tag === 'br') return ' ';
  if (tag === 'sup') return superscript(node);
  if (tag === 'abbr') return abbreviation(node, abbreviations);
  const text = node.childNodes.map((child) => readInline(child, abbreviations)).join('');
  if (tag === 'q') return `“${text}”`;
  return SEPARATED_TAGS.has(tag) ? ` ${text} ` : text;
}

/** Exponents after a length unit become ² or ³; any other superscript is a footnote mark, dropped. */
function superscript(sup: HTMLElement): string {
  const text = sup.text.trim();
  const before = sup.previousSibling?.text ?? '';
  if ((text === '2' || text === '3') && /(?:^|[^\p{L}])[kcdm]?m$/u.test(before)) return text === '2' ? '²' : '³';
  return '';
}

function abbreviation(abbr: HTMLElement, abbreviations: AbbreviationEntry[]): string {
  const written = squish(abbr.text);
  const title = squish(abbr.getAttribute('title') ?? '');
  if (title === '') return written;
  if (written !== '') abbreviations.push({ id: written, spoken: title });
  return title;
}
