/**
 * Citation shorthand read as words, before the numbers after it are read: the volume and page of
 * a source ("Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, H., 2011, t.12, tr.236") become
 * "tập 12", "trang 236", and the publisher's city "H." before the year "Hà Nội". "tr." alone is
 * also in the dictionary; "t." and "H." are only abbreviations in this place, so they are rules,
 * not dictionary entries.
 */

/** "t.12", "t. 12", "T.4": a volume number (the capital at the start of a source). */
const VOLUME = /(?<![\p{L}\p{N}])([tT])\.\s?(?=\d)/gu;
/** "tr.236", "tr. 249-250", "Tr. 15": a page number. */
const PAGE = /(?<![\p{L}\p{N}])([tT])r\.\s?(?=\d)/gu;
/** "H." between commas before a year: the city of publication, Hà Nội. */
const HANOI = /(?<=,\s?)H\.(?=\s?,\s?\d{4}(?!\d))/gu;

/** Replaces volume, page and city-of-publication shorthand in citations with words. */
export function readCitations(text: string): string {
  return text
    .replace(VOLUME, (_match, t: string) => (t === 'T' ? 'Tập ' : 'tập '))
    .replace(PAGE, (_match, t: string) => (t === 'T' ? 'Trang ' : 'trang '))
    .replace(HANOI, 'Hà Nội');
}
