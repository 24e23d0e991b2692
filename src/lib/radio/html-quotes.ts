/**
 * Quotations in the radio script. A quote component (`<figure data-radio="quote">`, with
 * `data-radio-speaker` and `data-radio-source`, or a <figcaption> naming the source) is
 * introduced as Bác's words when the speaker is Hồ Chí Minh (the default speaker), otherwise
 * with the speaker's name; a plain <blockquote> is introduced "Xin trích:". The source follows.
 * When the text has just introduced the quotation itself ("Rồi Bác viết:"), the quotation goes on
 * in that paragraph without a second lead. A source is cited once per item: a story quoting the
 * same letter four times names it after the first quotation only. In a programme the sources are
 * shared by its parts, and words already quoted are not read again as a quotation of their own
 * (within a sentence that leads into them they stay, without the source).
 */
import type { HTMLElement } from 'node-html-parser';
import { addParagraph, childCollector, type BlockReader, type ScriptCollector } from './html-collector';
import { readInline, squish } from './html-text';
import { DEFAULT_QUOTE_SPEAKER, quotation, quotedWords } from './phrases';
import { RADIO_SOURCE, RADIO_SPEAKER } from '../page-markers';

/** Reads a quote component: speaker from data-radio-speaker (default Bác), source from data-radio-source or the caption. */
export function readQuoteFigure(figure: HTMLElement, out: ScriptCollector, readBlocks: BlockReader): void {
  const speaker = squish(figure.getAttribute(RADIO_SPEAKER) ?? '') || DEFAULT_QUOTE_SPEAKER;
  const captionSource = takeCaption(figure, out);
  const source = squish(figure.getAttribute(RADIO_SOURCE) ?? '') || captionSource;
  readQuotation(figure.querySelector('blockquote') ?? figure, speaker, source, out, readBlocks);
}

/** Reads a figure without a radio role that holds a blockquote: a quotation with no named speaker. */
export function readPlainQuoteFigure(figure: HTMLElement, out: ScriptCollector, readBlocks: BlockReader): void {
  const source = takeCaption(figure, out);
  readQuotation(figure.querySelector('blockquote') ?? figure, undefined, source, out, readBlocks);
}

/** Reads a plain <blockquote>; a <cite> or <footer> inside names the source. */
export function readBlockquote(blockquote: HTMLElement, out: ScriptCollector, readBlocks: BlockReader): void {
  const credit = blockquote.querySelector('footer') ?? blockquote.querySelector('cite');
  const source = credit === null ? '' : cleanCredit(readInline(credit, out.abbreviations));
  credit?.remove();
  readQuotation(blockquote, undefined, source, out, readBlocks);
}

function readQuotation(
  body: HTMLElement,
  speaker: string | undefined,
  source: string,
  out: ScriptCollector,
  readBlocks: BlockReader,
): void {
  const quoteOut = childCollector(out);
  readBlocks(body, quoteOut);
  const text = squish(quoteOut.paragraphs.join(' ')).replace(/^["“„]+|["”]+$/gu, '');
  if (text === '') return;
  const previous = out.paragraphs.at(-1);
  const leadsIn = previous?.endsWith(':') ?? false;
  const key = text
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  if (out.quotedTexts?.has(key) && !leadsIn) return;
  out.quotedTexts?.add(key);
  const cited = source === '' || out.citedSources.has(source) ? undefined : source;
  if (cited !== undefined) out.citedSources.add(cited);
  if (previous !== undefined && leadsIn) {
    out.paragraphs[out.paragraphs.length - 1] = `${previous} ${quotedWords(text, cited)}`;
    return;
  }
  addParagraph(out, quotation(text, speaker, cited));
}

/** Removes the figure's caption and returns the source it names (its <cite> when there is one). */
function takeCaption(figure: HTMLElement, out: ScriptCollector): string {
  const caption = figure.querySelector('figcaption');
  if (caption === null) return '';
  caption.remove();
  const cite = caption.querySelector('cite');
  return cleanCredit(readInline(cite ?? caption, out.abbreviations));
}

function cleanCredit(text: string): string {
  return squish(text)
    .replace(/^[\s—–-]+/u, '')
    .replace(/^\((.*)\)$/u, '$1');
}
