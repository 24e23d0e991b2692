/**
 * Every Vietnamese phrase the radio script adds around the content, in one place so the
 * wording can be reviewed and changed without touching the logic. The register is that of a
 * commune loudspeaker programme: addressing "quý vị và bà con", short sentences, no symbols.
 */
import { readInteger } from './numbers';

/** The default speaker of a quotation component: Bác. */
export const DEFAULT_QUOTE_SPEAKER = 'Chủ tịch Hồ Chí Minh';

/** True when the speaker is Hồ Chí Minh, so the quote is introduced as Bác's words. */
export function isBac(speaker: string): boolean {
  return /Hồ Chí Minh|Bác Hồ|^\s*Bác\s*$/u.test(speaker.normalize('NFC'));
}

/**
 * Introduces a quotation and names its source: `Bác Hồ từng dạy: “…”. Trích: <source>.`
 * Without a speaker (a plain blockquote) it is "Xin trích: “…”"; another speaker is named.
 */
export function quotation(text: string, speaker: string | undefined, source: string | undefined): string {
  const quoted = /[.!?…]$/u.test(text) ? `“${text}”` : `“${text}”.`;
  const trailer = source ? ` Trích: ${endSentence(source)}` : '';
  return `${quoteLead(speaker)} ${quoted}${trailer}`;
}

function quoteLead(speaker: string | undefined): string {
  if (speaker === undefined) return 'Xin trích:';
  return isBac(speaker) ? 'Bác Hồ từng dạy:' : `Xin trích lời ${speaker}:`;
}

/**
 * A level-2 heading starts a new part of the piece; saying so helps listeners who cannot see
 * the layout: "Phần tiếp theo: <heading>." Lower headings are read as a plain lead sentence.
 */
export function headingLine(heading: string, level: number): string {
  return level <= 2 ? `Phần tiếp theo: ${endSentence(heading)}` : endSentence(heading);
}

/** Lead-in of an ordered list item, in the "Một là, … Hai là, …" style of Party documents. */
export function orderedItemLead(position: number): string {
  return `${capitalize(readInteger(position))} là,`;
}

/** Introduces a table's caption before its rows are read. */
export function tableLead(caption: string): string {
  return `Số liệu trong bảng: ${endSentence(caption)}`;
}

/** Opening line read after the title: greets the listeners and names what follows. */
export function openingLine(kindLabel: string): string {
  return `Kính thưa quý vị và bà con! Mời quý vị và bà con cùng nghe ${lowerFirst(kindLabel)} sau đây.`;
}

/** Closing line: repeats the title, names the source and thanks the listeners. */
export function closingLine(kindLabel: string, title: string, sourceLine: string): string {
  return `Quý vị và bà con vừa nghe ${lowerFirst(kindLabel)} “${title}”. Nguồn: ${endSentence(sourceLine)} Xin cảm ơn quý vị và bà con đã lắng nghe.`;
}

/** Adds a full stop unless the text already ends a sentence. */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?…:;]["”’»)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Upper-cases the first letter: "ngày …" → "Ngày …". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a capitalised first word of a label used mid-sentence ("Bài viết" → "bài viết"), not an acronym. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
