/** Calendar dates as editors write them (YYYY-MM-DD) and as Vietnamese readers read them. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses "YYYY-MM-DD" strictly into a UTC date, or returns undefined.
 * Rejects dates that JavaScript would silently roll over, such as 2021-02-30.
 */
export function parseIsoDate(text: string): Date | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : undefined;
}

/** "YYYY-MM-DD" of a date, in UTC, for `datetime` attributes and file names. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Short Vietnamese date: "27/11/2026". */
export function formatDateShort(date: Date): string {
  return `${date.getUTCDate()}/${date.getUTCMonth() + 1}/${date.getUTCFullYear()}`;
}

/** Long Vietnamese date: "ngày 19 tháng 5 năm 1890". */
export function formatDateLong(date: Date): string {
  return `ngày ${date.getUTCDate()} tháng ${date.getUTCMonth() + 1} năm ${date.getUTCFullYear()}`;
}

/** Day and month only, for "ngày này năm xưa": "19 tháng 5". */
export function formatDayMonth(month: number, day: number): string {
  return `${day} tháng ${month}`;
}

/** "MM-DD" key of a date, so entries from different years meet on the same calendar day. */
export function dayKey(date: Date): string {
  return toIsoDate(date).slice(5);
}

/** What a date typed day-first gave: the date ("YYYY-MM-DD"), nothing typed, or why it is not a date. */
export type DayFirstDate = { iso: string } | { empty: true } | { problem: string };

const DAY_FIRST = /^(\d{1,2})[/.\-\s]+(\d{1,2})[/.\-\s]+(\d{1,4})$/;
const DAY_FIRST_DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

/**
 * A date as Vietnamese write it, day first: "19/5/1890", "19-05-1890", "19.05.1890" or
 * "19051890". Never guesses: a two-digit year, a 13th month or a 31st of February is a problem,
 * told in Vietnamese, not a date moved silently to another day.
 */
export function parseDayFirstDate(text: string): DayFirstDate {
  const typed = text.trim();
  if (typed === '') return { empty: true };
  const match = DAY_FIRST.exec(typed) ?? DAY_FIRST_DIGITS.exec(typed);
  if (!match) return { problem: `"${typed}" chưa phải một ngày: gõ ngày/tháng/năm, ví dụ 19/05/1890.` };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if ((match[3] ?? '').length !== 4) return { problem: 'Ghi năm đủ 4 chữ số, ví dụ 2026.' };
  if (month < 1 || month > 12) return { problem: `Không có tháng ${month}: tháng từ 1 đến 12 (gõ ngày trước, tháng sau).` };
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return { problem: `Không có ngày ${day}/${month}/${year}: tháng ${month} năm ${year} có ${last} ngày.` };
  return { iso: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** "19/05/1890" from "1890-05-19"; other text is returned as it is, so nothing typed is lost. */
export function toDayFirst(iso: string): string {
  const date = parseIsoDate(iso);
  return date
    ? `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`
    : iso;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Ba, ngày 19 tháng 5 năm 1890": the date read back in words, so a slip is seen at once. */
export function formatDateSpoken(date: Date): string {
  return `${WEEKDAYS[date.getUTCDay()]}, ${formatDateLong(date)}`;
}

/**
 * The machine-readable form of a date as written for readers, for `<time datetime>`:
 * "7/11/2006" → "2006-11-07", "5/2016" or "Tháng 5/2016" → "2016-05", "1946" → "1946".
 * A span of years ("1966–1968") or anything else has none: it is not one date.
 */
export function machineDate(written: string): string | undefined {
  const text = written.trim().replace(/^tháng\s+/iu, '');
  const pad = (value: string) => value.padStart(2, '0');
  let match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(text);
  if (match) {
    const iso = `${match[3]}-${pad(match[2]!)}-${pad(match[1]!)}`;
    return parseIsoDate(iso) ? iso : undefined;
  }
  match = /^(\d{1,2})\/(\d{4})$/u.exec(text);
  if (match) return Number(match[1]) >= 1 && Number(match[1]) <= 12 ? `${match[2]}-${pad(match[1]!)}` : undefined;
  return /^\d{4}$/u.test(text) ? text : undefined;
}
