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
