/**
 * Every Vietnamese phrase the radio script adds around the content, in one place so the
 * wording can be reviewed and changed without touching the logic. The register is that of a
 * commune loudspeaker programme: addressing "quý vị và bà con", short sentences, no symbols.
 */
import { readDay, readMonth } from './dates';
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
  return `${quoteLead(speaker)} ${quotedWords(text, source)}`;
}

/** The quoted words and their source, without a lead: for a quotation the text has already introduced ("Rồi Bác viết:"). */
export function quotedWords(text: string, source: string | undefined): string {
  const quoted = /[.!?…]$/u.test(text) ? inQuotes(text) : `${inQuotes(text)}.`;
  const trailer = source ? ` Trích: ${endSentence(source)}` : '';
  return `${quoted}${trailer}`;
}

function quoteLead(speaker: string | undefined): string {
  if (speaker === undefined) return 'Xin trích:';
  return isBac(speaker) ? 'Bác Hồ từng dạy:' : `Xin trích lời ${speaker}:`;
}

/**
 * A level-2 heading starts a new part of the piece; saying so helps listeners who cannot see
 * the layout: "Phần tiếp theo: <heading>." Lower headings, and a heading that opens the piece
 * (nothing precedes it, so no part is "next"), are read as a plain lead sentence.
 */
export function headingLine(heading: string, level: number, opensPiece = false): string {
  return level <= 2 && !opensPiece ? `Phần tiếp theo: ${endSentence(heading)}` : endSentence(heading);
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

/** How a made-up item names its kind when read aloud, so its opening and closing say it: "tấm gương bình dị minh họa". */
export function sampleKindLabel(kindLabel: string): string {
  return `${kindLabel} minh họa`;
}

/** Warns listeners that what follows is made up; read after a made-up item's greeting and before the programme reads one. */
export const SAMPLE_NOTICE =
  'Xin lưu ý: đây là nội dung minh họa, các chi tiết được biên soạn để giới thiệu cách làm, không phải người thật, việc thật.';

/** Opening line of a made-up item's script: the greeting, then the warning. */
export function sampleOpeningLine(kindLabel: string): string {
  return `${openingLine(kindLabel)} ${SAMPLE_NOTICE}`;
}

/** Closing line: repeats the title, names the source and thanks the listeners. */
export function closingLine(kindLabel: string, title: string, sourceLine: string): string {
  return `Quý vị và bà con vừa nghe ${lowerFirst(kindLabel)} ${inQuotes(title)}. Nguồn: ${endSentence(sourceLine)} Xin cảm ơn quý vị và bà con đã lắng nghe.`;
}

/**
 * The days of a programme's week, read aloud: "từ ngày mười ba đến ngày mười chín tháng tư năm hai
 * nghìn không trăm hai mươi sáu"; the month and year are said once when the week does not cross them.
 */
export function weekSpan(start: Date, end: Date): string {
  const day = (date: Date) => `ngày ${readDay(date.getUTCDate())}`;
  const month = (date: Date) => ` tháng ${readMonth(date.getUTCMonth() + 1)}`;
  const year = (date: Date) => ` năm ${readInteger(date.getUTCFullYear())}`;
  const sameYear = start.getUTCFullYear() === end.getUTCFullYear();
  const sameMonth = sameYear && start.getUTCMonth() === end.getUTCMonth();
  const from = `${day(start)}${sameMonth ? '' : month(start)}${sameYear ? '' : year(start)}`;
  return `từ ${from} đến ${day(end)}${month(end)}${year(end)}`;
}

/** Opening of the weekly programme: greets, names the programme and its week, and lists its parts. */
export function programmeOpening(programme: string, start: Date, end: Date, parts: readonly string[]): string {
  const greeting = `Kính thưa quý vị và bà con! Mời quý vị và bà con đến với chương trình phát thanh ${inQuotes(programme)} tuần này, ${weekSpan(start, end)}.`;
  return parts.length === 0 ? greeting : `${greeting} Chương trình gồm ${readInteger(parts.length)} phần: ${parts.join('; ')}.`;
}

/** How the opening names each part of the programme. */
export const PROGRAMME_PARTS = {
  question: 'câu hỏi hằng tuần và đáp án',
  story: 'một câu chuyện kể về Bác Hồ',
  exemplar: 'một tấm gương bình dị học tập và làm theo Bác',
  sampleExemplar: 'một câu chuyện minh họa về cách học tập và làm theo Bác',
} as const;

/** Leads into the week's question, which the question's own script then reads. */
export function programmeQuestionLead(): string {
  return 'Trước hết, mời quý vị và bà con đến với câu hỏi của tuần này.';
}

/** Leads into the week's story about Bác. */
export function programmeStoryLead(title: string): string {
  return `Tiếp theo, mời quý vị và bà con nghe câu chuyện kể về Bác Hồ: ${endSentence(inQuotes(title))}`;
}

/** Leads into the week's exemplar. */
export function programmeExemplarLead(name: string): string {
  return `Tiếp theo, mời quý vị và bà con cùng tìm hiểu một tấm gương bình dị trong học tập và làm theo Bác: ${endSentence(name)}`;
}

/** Leads into a made-up exemplar: says it is illustration before its name, so no listener takes it for a real person. */
export function programmeSampleExemplarLead(name: string): string {
  return `Tiếp theo, mời quý vị và bà con nghe một câu chuyện minh họa về cách học tập và làm theo Bác: ${endSentence(name)} ${SAMPLE_NOTICE}`;
}

/**
 * Closing of the weekly programme: names the office that made it, thanks the listeners, promises
 * next week. Without an office (a sample site) it credits nobody and says the programme is a sample.
 */
export function programmeClosing(programme: string, office: string | undefined): string {
  const heard = office
    ? `Quý vị và bà con vừa nghe chương trình phát thanh ${inQuotes(programme)} tuần này, do ${office} thực hiện.`
    : `Quý vị và bà con vừa nghe bản mẫu chương trình phát thanh ${inQuotes(programme)} tuần này.`;
  return `${heard} Xin cảm ơn quý vị và bà con đã lắng nghe, hẹn gặp lại trong chương trình tuần sau.`;
}

/** Puts text in double quotes; quotes inside it become single ones, so marks never double up (““Heo đất” ở vùng biên”). */
export function inQuotes(text: string): string {
  return `“${text.replace(/[“"]([^”"]*)[”"]/gu, '‘$1’')}”`;
}

/** Adds a full stop unless the text already ends a sentence. */
export function endSentence(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' || /[.!?…:;]["”’»)]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Words Vietnamese writes with a capital inside a sentence: Bác (and "Người" for Bác), the Party,
 * the State and the Fatherland, as the site's texts write them.
 */
const CAPITALISED_TERMS = [
  'Bác',
  'Người',
  'Đảng',
  'Nhà nước',
  'Chính phủ',
  'Quốc hội',
  'Tổ quốc',
  'Trung ương',
  'Chủ tịch',
  'Thủ tướng',
  'Tết',
];
const STARTS_WITH_TERM = new RegExp(`^(?:${CAPITALISED_TERMS.join('|')})(?![\\p{L}\\p{N}])`, 'u');
const FIRST_WORD = /^(\p{Lu}\p{Ll}*)(?![\p{L}\p{N}])(\s+(?=\p{Lu}))?/u;

/**
 * Lower-cases the first word of a sentence that continues after a lead-in ("Một là, Có lợi …" →
 * "Một là, có lợi …"). A word that starts a name is left alone: one of the capitalised terms
 * ("Bác", "Tổ quốc"), or a word followed by another capitalised word that is not such a term
 * ("Kon Tum", "Bác Hồ"; but "Yêu Tổ quốc" → "yêu Tổ quốc"), and acronyms ("UBND").
 */
export function continueSentence(text: string): string {
  if (STARTS_WITH_TERM.test(text)) return text;
  const match = FIRST_WORD.exec(text);
  if (match === null) return text;
  const [, word = '', spaceBeforeCapital] = match;
  if (spaceBeforeCapital !== undefined && !STARTS_WITH_TERM.test(text.slice(word.length + spaceBeforeCapital.length))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Upper-cases the first letter: "ngày …" → "Ngày …". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Lower-cases a capitalised first word of a label used mid-sentence ("Bài viết" → "bài viết"), not an acronym. */
function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
