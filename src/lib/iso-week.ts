/**
 * ISO 8601 weeks: weeks start on Monday and week 1 holds the year's first Thursday.
 * The weekly question archive is keyed by them, so a week that straddles New Year
 * belongs to exactly one year (1 January 2021 is in week 53 of 2020).
 */

/** An ISO week-numbering year and week. */
export interface IsoWeek {
  year: number;
  week: number;
}

const DAY_MS = 86_400_000;

/** The ISO year and week of a date (read in UTC). */
export function isoWeekOf(date: Date): IsoWeek {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday);
  const year = day.getUTCFullYear();
  const firstDay = Date.UTC(year, 0, 1);
  return { year, week: Math.ceil(((day.getTime() - firstDay) / DAY_MS + 1) / 7) };
}

/** Monday of an ISO week, in UTC. */
export function isoWeekStart({ year, week }: IsoWeek): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY_MS;
  return new Date(mondayOfWeek1 + (week - 1) * 7 * DAY_MS);
}

/** Sunday of an ISO week, in UTC. */
export function isoWeekEnd(week: IsoWeek): Date {
  return new Date(isoWeekStart(week).getTime() + 6 * DAY_MS);
}

/** How many ISO weeks a year has: 53 when 28 December falls in week 53, otherwise 52. */
export function weeksInIsoYear(year: number): number {
  return isoWeekOf(new Date(Date.UTC(year, 11, 28))).week;
}

/** True when the week exists in that ISO year. */
export function isValidIsoWeek({ year, week }: IsoWeek): boolean {
  return Number.isInteger(week) && week >= 1 && week <= weeksInIsoYear(year);
}

/** Orders weeks from oldest to newest. */
export function compareIsoWeeks(a: IsoWeek, b: IsoWeek): number {
  return a.year - b.year || a.week - b.week;
}

/** Two-digit week number as used in URLs: 5 → "05". */
export function padWeek(week: number): string {
  return String(week).padStart(2, '0');
}
