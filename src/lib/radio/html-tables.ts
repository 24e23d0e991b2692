/**
 * Tables in the radio script are read row by row, each cell with its column heading
 * ("Xã: Đăk Hà; Số mô hình: 12."). Tables in these articles are short lists of figures the
 * editors chose to publish; dropping them would silently lose facts, and a row read with its
 * headings stands on its own for a listener who cannot see the grid. A caption is read first.
 */
import type { HTMLElement } from 'node-html-parser';
import { addParagraph, type ScriptCollector } from './html-collector';
import { readInline, squish, tagOf } from './html-text';
import { tableLead } from './phrases';

/** Reads a <table>: its caption, then one paragraph per body row. */
export function readTable(table: HTMLElement, out: ScriptCollector): void {
  const caption = table.querySelector('caption');
  if (caption !== null) addParagraph(out, tableLead(squish(readInline(caption, out.abbreviations))));
  let headings: string[] = [];
  for (const row of table.querySelectorAll('tr')) {
    const cells = row.children.filter((cell) => tagOf(cell) === 'td' || tagOf(cell) === 'th');
    const texts = cells.map((cell) => squish(readInline(cell, out.abbreviations)));
    if (headings.length === 0 && cells.length > 0 && cells.every((cell) => tagOf(cell) === 'th')) {
      headings = texts;
      continue;
    }
    const parts = texts.map((text, index) => (headings[index] && text ? `${headings[index]}: ${text}` : text));
    addParagraph(out, parts.filter(Boolean).join(headings.length > 0 ? '; ' : ', '));
  }
}
