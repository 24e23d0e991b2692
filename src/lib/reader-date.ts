/**
 * "Today" as the reader's page decides it. A page may be read days after it was built, so the
 * home page's "this week" and "a quotation a day" are picked in the browser from the clock, on
 * the calendar of Vietnam (UTC+7 all year, no daylight saving), whatever the phone's own zone;
 * the build picks the same way for its own date, which is what readers without JavaScript see.
 */

const DAY_MS = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Today's date in Vietnam at the instant `now`, as a UTC midnight Date (the form content dates take). */
export function vietnamDay(now: Date): Date {
  const shifted = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

/** Where the shown question's week stands against today: this week, last week, or older. */
export type WeekRelation = 'this' | 'last' | 'older';

/** A weekly question's week as the page ships it: Monday and Sunday, "YYYY-MM-DD". */
export interface WeekSpan {
  start: string;
  end: string;
}

/**
 * The question to show on `today` from weeks ordered newest first: the newest whose week has
 * begun (a question published ahead waits for its Monday), and how its week relates to today.
 */
export function questionForDay(weeks: readonly WeekSpan[], today: Date): { index: number; relation: WeekRelation } | undefined {
  const day = today.toISOString().slice(0, 10);
  const index = weeks.findIndex((week) => week.start <= day);
  const week = weeks[index];
  if (!week) return undefined;
  if (day <= week.end) return { index, relation: 'this' };
  const lastWeekEnd = new Date(Date.parse(`${week.end}T00:00:00Z`) + 7 * DAY_MS).toISOString().slice(0, 10);
  return { index, relation: day <= lastWeekEnd ? 'last' : 'older' };
}

/** Index of the day's item in a pool of `count`: one a day, in turn, the same for every reader that day. */
export function itemOfTheDay(today: Date, count: number): number {
  return count > 0 ? Math.floor(today.getTime() / DAY_MS) % count : -1;
}

/** The day's quotation: one a day from the pool, leaving out the words of the question shown beside it (`week`, its Monday). */
export function quoteForDay<Quote extends { week?: string }>(pool: readonly Quote[], today: Date, shownWeek?: string): Quote | undefined {
  const usable = pool.filter((quote) => !quote.week || quote.week !== shownWeek);
  return usable[itemOfTheDay(today, usable.length)];
}
