/**
 * Numbers and codes of official documents, read the way announcers read them.
 *
 * "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị" is read "Chỉ thị số không năm ngày …
 * của Bộ Chính trị": nobody reads the filing mark "-CT/TW" letter by letter. Its two halves carry
 * the document type ("CT", already said by "Chỉ thị") and the issuer ("TW"). So:
 * - the number is read digit by digit when written with a leading zero ("05" → "không năm"),
 *   otherwise as a number ("1234" → "một nghìn hai trăm ba mươi tư"); a year is "năm …";
 * - the type is dropped when a document-type word is already said just before the number, and
 *   said in words when it is not ("theo 05-CT/TW" → "theo Chỉ thị không năm …");
 * - the issuer is read "của <issuer>" unless the sentence names the issuer itself with "của …"
 *   (after an optional date); it is left as an abbreviation for the dictionary to expand, so
 *   "05-CT/TW" becomes "không năm của TW" and then "không năm của Trung ương";
 * - trailing unit marks ("456/UBND-VX": the drafting office "VX") are internal and dropped;
 * - a legislature issuer such as "QH13" is read "QH khóa 13" (Luật số 15/2012/QH13).
 */
import { readDigits, readInteger } from './numbers';

/**
 * Type marks fixed by Nghị định 30/2020/NĐ-CP (Appendix III) and the Party's rules on its
 * documents. "QĐi" is the Party's "Quy định"; older Party texts also wrote "QĐ" for it, which is
 * why the type is only said when the text does not already name it.
 */
const DOCUMENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['NQ', 'Nghị quyết'],
  ['QĐ', 'Quyết định'],
  ['QĐi', 'Quy định'],
  ['QyĐ', 'Quy định'],
  ['CT', 'Chỉ thị'],
  ['KL', 'Kết luận'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
  ['KH', 'Kế hoạch'],
  ['CTr', 'Chương trình'],
  ['BC', 'Báo cáo'],
  ['TTr', 'Tờ trình'],
  ['NĐ', 'Nghị định'],
  ['TT', 'Thông tư'],
  ['TTLT', 'Thông tư liên tịch'],
  ['QC', 'Quy chế'],
  ['ĐA', 'Đề án'],
  ['CĐ', 'Công điện'],
  // The Party's letters: "3398-CV/BTGTU" (the State writes "123/UBND-VX", with no type mark).
  ['CV', 'Công văn'],
]);

/** Words that name a document, after which the type mark need not be said again. */
const TYPE_WORDS = [...new Set([...DOCUMENT_TYPES.values(), 'Công văn', 'Luật', 'Pháp lệnh', 'Văn bản'])];
const TYPE_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${TYPE_WORDS.join('|')})\\s+(?:số\\s+)?$`, 'iu');
const NUMBER_WORD_BEFORE = /(?:^|[^\p{L}])số\s+$/iu;
/** "Chỉ thị 05" written without its filing mark: the leading zero still means "không năm". */
const ZERO_NUMBER_AFTER_TYPE_WORD = new RegExp(
  `(?<!\\p{L})((?:${TYPE_WORDS.join('|')})\\s+(?:số\\s+)?)(0\\d+)(?:/(\\d{4}))?(?![\\p{N}]|[.,/-]\\p{N})`,
  'giu',
);
/** The sentence names the issuer itself: "…-CT/TW ngày 15/5/2016 của Bộ Chính trị". */
const ISSUER_FOLLOWS = /^\s*,?\s*(?:ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*,?\s*)?của(?![\p{L}])/iu;

/** A mark: two or more capitals (dots allowed, as in "T.Ư"), then letters or digits: "TW", "TTg", "QH13". */
const MARK = '\\p{Lu}(?:\\.?\\p{Lu})+[\\p{L}\\p{N}]*';
const DOCUMENT_CODE = new RegExp(`(?<![\\p{L}\\p{N}/.-])(\\d+)(?:/(\\d{4}))?[-/](${MARK}(?:[-/]${MARK})*)(?![\\p{L}\\p{N}])`, 'gu');

/**
 * Replaces document numbers with codes ("05-CT/TW", "15/2020/NĐ-CP", "123/QĐ-UBND") with words,
 * and reads a zero-led number after a document type ("Chỉ thị 05") digit by digit.
 */
export function readDocumentCodes(text: string): string {
  return readCodes(text).replace(
    ZERO_NUMBER_AFTER_TYPE_WORD,
    (_match, lead: string, number: string, year: string | undefined) =>
      `${lead}${readDigits(number)}${year === undefined ? '' : ` năm ${readInteger(year)}`}`,
  );
}

function readCodes(text: string): string {
  return text.replace(DOCUMENT_CODE, (match, number: string, year: string | undefined, marks: string, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    const after = whole.slice(offset + match.length);
    const [first = '', ...others] = marks.split(/[-/]/u);
    const type = DOCUMENT_TYPES.get(first);
    const issuer = type === undefined ? first : others[0];
    const words: string[] = [];
    if (type !== undefined && !TYPE_WORD_BEFORE.test(before) && !NUMBER_WORD_BEFORE.test(before)) words.push(type);
    words.push(number.startsWith('0') ? readDigits(number) : readInteger(number));
    if (year !== undefined) words.push('năm', readInteger(year));
    if (issuer !== undefined && !ISSUER_FOLLOWS.test(after)) words.push('của', speakIssuer(issuer));
    return words.join(' ');
  });
}

/** "QH13" → "QH khóa 13": a legislature mark carries its term number. */
function speakIssuer(issuer: string): string {
  const legislature = /^(\p{Lu}+)(\d+)$/u.exec(issuer);
  return legislature ? `${legislature[1]} khóa ${legislature[2]}` : issuer;
}
