/**
 * Dates read aloud: "19/5/1890" → "ngày mười chín tháng năm năm một nghìn tám trăm chín mươi",
 * "ngày 2-9" → "ngày mùng hai tháng chín", "tháng 4/1946" → "tháng tư năm một nghìn chín trăm bốn mươi sáu",
 * a year alone in brackets, as citations date a work ("Di chúc (1969)"), → "(năm một nghìn …)".
 * Impossible dates ("32/13/2020") are left for the other steps.
 */
import { readInteger } from './numbers';

/** Not inside a bigger number or date: no digit, and no digit followed by a separator, right before. */
const START = '(?<![\\p{L}\\p{N}]|\\p{N}[.,/-])';
/** Nothing number-like after: no digit, and no separator followed by a digit. */
const END = '(?![\\p{N}]|[.,/-]\\p{N})';
/** A date as one token: d/m, d/m/yyyy, d.m.yyyy or d-m-yyyy. */
const DATE_TOKEN = '\\d{1,2}(?:/\\d{1,2}(?:/\\d{4})?|\\.\\d{1,2}\\.\\d{4}|-\\d{1,2}-\\d{4})';

const DATE_RANGE = new RegExp(`${START}(${DATE_TOKEN})\\s*[-–—]\\s*(${DATE_TOKEN})${END}`, 'gu');
const DAY_RANGE = new RegExp(`${START}(\\d{1,2})\\s*[-–—]\\s*(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?${END}`, 'gu');
const FULL_DATE = new RegExp(`${START}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})${END}`, 'gu');
const DAY_MONTH = new RegExp(`${START}(\\d{1,2})([/-])(\\d{1,2})${END}`, 'gu');
const MONTH_YEAR = new RegExp(`${START}(?:([Tt]háng)\\s+)?(\\d{1,2})([/-])(\\d{4})${END}`, 'gu');
const MONTH = new RegExp(`(?<![\\p{L}\\p{N}])([Tt]háng)\\s+(\\d{1,2})${END}`, 'gu');
/**
 * A month said as a span of time, not named: "mỗi tháng 4 buổi" is four sessions a month, read
 * "bốn", not the fourth month ("tháng tư"). The number after it is a count.
 */
const MONTH_AS_SPAN_BEFORE = /(?:^|[^\p{L}])(?:mỗi|hằng|hàng|một|từng|mọi|bình quân|trung bình)\s+$/iu;
const YEAR_IN_BRACKETS = /\(\s*(1[89]\d{2}|20\d{2})\s*\)/gu;
const DAY_BEFORE_MONTH = /(?<![\p{L}\p{N}])([Nn]gày|[Mm]ùng|[Mm]ồng)\s+(\d{1,2})(?=\s+tháng(?![\p{L}]))/gu;

/** The text already says "ngày", or "mùng"/"mồng", right before the number. */
const DAY_WORD_BEFORE = /(?:^|[^\p{L}])(?:ngày|mùng|mồng)\s+$/iu;
const MUNG_BEFORE = /(?:^|[^\p{L}])(?:mùng|mồng)\s+$/iu;
/**
 * Words after which a bare "d/m" or "d-m" is a date: "dịp 2/9", "sáng 1/6", "kỷ niệm 3-2".
 * Without one, "d/m" is a date only when the day is bigger than the month ("19/5", "3/2"; "2/3"
 * is a fraction, "15/20" a ratio) and "d-m" only when the day is above 12 ("19-5", "30-4";
 * "3-4" is a range and "3-2" may be a score).
 */
const DATE_CONTEXT_BEFORE = /(?:^|[^\p{L}])(?:ngày|mùng|mồng|hôm|sáng|trưa|chiều|tối|đêm|dịp|lễ|mừng|kỷ niệm|quốc khánh)\s+$/iu;

/** Reads a month number: 4 → "tư" (tháng tư), others as cardinals. */
export function readMonth(month: number): string {
  return month === 4 ? 'tư' : readInteger(month);
}

/** Reads a day of the month, with "mùng" for 1–10 as people say it: 2 → "mùng hai". */
export function readDay(day: number): string {
  return day <= 10 ? `mùng ${readInteger(day)}` : readInteger(day);
}

/** True when the day and month (and year, if given) make a real calendar date. */
export function isValidDate(day: number, month: number, year?: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Replaces the dates, date ranges, months and month-years in the text with words. */
export function readDates(text: string): string {
  return text
    .replace(DATE_RANGE, (match, first: string, second: string, offset: number, whole: string) => {
      const from = parseDateToken(first);
      const to = parseDateToken(second);
      if (!from || !to) return match;
      return `${speakDate(whole.slice(0, offset), from)} đến ${speakDate('', to)}`;
    })
    .replace(DAY_RANGE, (match, d1: string, d2: string, m: string, y: string | undefined, offset: number, whole: string) => {
      const year = y === undefined ? undefined : Number(y);
      if (!isValidDate(Number(d1), Number(m), year) || !isValidDate(Number(d2), Number(m), year)) return match;
      const before = whole.slice(0, offset);
      return `${dayLead(before, Number(d1))} đến ${readDay(Number(d2))}${monthAndYear(Number(m), year)}`;
    })
    .replace(FULL_DATE, (match, d: string, _sep: string, m: string, y: string, offset: number, whole: string) => {
      const date = { day: Number(d), month: Number(m), year: Number(y) };
      return isValidDate(date.day, date.month, date.year) ? speakDate(whole.slice(0, offset), date) : match;
    })
    .replace(DAY_MONTH, (match, d: string, separator: string, m: string, offset: number, whole: string) => {
      const date = { day: Number(d), month: Number(m) };
      const before = whole.slice(0, offset);
      const dateLike = DATE_CONTEXT_BEFORE.test(before) || date.day > (separator === '/' ? date.month : 12);
      return dateLike && isValidDate(date.day, date.month) ? speakDate(before, date) : match;
    })
    .replace(MONTH_YEAR, (match, word: string | undefined, m: string, sep: string, y: string) => {
      const month = Number(m);
      if (month < 1 || month > 12 || (sep === '-' && word === undefined)) return match;
      return `${word ?? 'tháng'} ${readMonth(month)} năm ${readInteger(y)}`;
    })
    .replace(MONTH, (match, word: string, m: string, offset: number, whole: string) => {
      const month = Number(m);
      if (MONTH_AS_SPAN_BEFORE.test(whole.slice(0, offset))) return match;
      return month >= 1 && month <= 12 ? `${word} ${readMonth(month)}` : match;
    })
    .replace(YEAR_IN_BRACKETS, (_match, year: string) => `(năm ${readInteger(year)})`)
    .replace(DAY_BEFORE_MONTH, (match, word: string, d: string) => {
      const day = Number(d);
      if (day < 1 || day > 31) return match;
      return /^[Nn]gày$/u.test(word) ? `${word} ${readDay(day)}` : `${word} ${readInteger(day)}`;
    });
}

interface CalendarDate {
  day: number;
  month: number;
  year?: number;
}

function parseDateToken(token: string): CalendarDate | null {
  const [day = NaN, month = NaN, year] = token.split(/[/.-]/u).map(Number);
  if (!isValidDate(day, month, year)) return null;
  return year === undefined ? { day, month } : { day, month, year };
}

/** "ngày mười chín tháng năm năm …", without repeating "ngày" or "mùng" already in the text. */
function speakDate(before: string, date: CalendarDate): string {
  return `${dayLead(before, date.day)}${monthAndYear(date.month, date.year)}`;
}

function dayLead(before: string, day: number): string {
  if (MUNG_BEFORE.test(before)) return readInteger(day);
  if (DAY_WORD_BEFORE.test(before)) return readDay(day);
  return `ngày ${readDay(day)}`;
}

function monthAndYear(month: number, year: number | undefined): string {
  const spokenYear = year === undefined ? '' : ` năm ${readInteger(year)}`;
  return ` tháng ${readMonth(month)}${spokenYear}`;
}
