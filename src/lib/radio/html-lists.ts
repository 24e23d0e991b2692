/**
 * Lists in the radio script. Each item is its own paragraph, read one after another; ordered
 * list items get the "Một là, … Hai là, …" lead-in that Party and government texts use aloud,
 * the item going on in lower case as the sentence it now is ("Một là, nêu gương").
 * A timeline (`<ol data-radio="timeline">`, items starting with their date: a <time>, or the
 * element marked `data-radio-when` when it is a span of years) reads one sentence per entry: "Năm 1946, …" for a bare year, otherwise the time's text and a comma ("7/11/2006, …",
 * which the date step reads "Ngày mùng bảy tháng mười một …").
 */
import { type HTMLElement } from 'node-html-parser';
import { addParagraph, childCollector, type BlockReader, type ScriptCollector } from './html-collector';
import { isSilent, readInline, squish, tagOf } from './html-text';
import { capitalize, continueSentence, orderedItemLead } from './phrases';

/** Reads a <ul> or <ol>, one paragraph per item (more when an item holds several blocks). */
export function readList(list: HTMLElement, out: ScriptCollector, readBlocks: BlockReader): void {
  const ordered = tagOf(list) === 'ol';
  let position = Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1;
  for (const item of listItems(list)) {
    const itemOut = childCollector(out);
    readBlocks(item, itemOut);
    const [first, ...rest] = itemOut.paragraphs;
    if (first === undefined) continue;
    out.paragraphs.push(ordered ? `${orderedItemLead(position)} ${continueSentence(first)}` : first, ...rest);
    position += 1;
  }
}

/** Reads a timeline: one sentence per entry, led by its date or year. */
export function readTimeline(list: HTMLElement, out: ScriptCollector, readBlocks: BlockReader): void {
  for (const item of listItems(list)) {
    const time = item.querySelector('[data-radio-when]') ?? item.querySelector('time');
    if (time === null) {
      readBlocks(item, out);
      continue;
    }
    const when = squish(readInline(time, out.abbreviations));
    time.remove();
    const what = squish(readInline(item, out.abbreviations)).replace(/^[\s:,;–—-]+/u, '');
    const lead = /^\d{4}$/u.test(when) ? `Năm ${when}` : capitalize(when);
    addParagraph(out, when === '' || what === '' ? when || what : `${lead}, ${what}`);
  }
}

function listItems(list: HTMLElement): HTMLElement[] {
  return list.children.filter((child) => tagOf(child) === 'li' && !isSilent(child));
}
