/** Dates in the corpus: all before a fixed "today", which benchmarks pin as the build date. */
import { isoWeekOf, isoWeekStart, weeksInIsoYear, type IsoWeek } from '../../src/lib/iso-week.ts';
import type { Random } from './random.ts';

/** The corpus's "today": every item is published by then; benchmarks build with BUILD_DATE set to it. */
export const CORPUS_TODAY = '2026-06-30';

/** First publication date of generated items. */
const FIRST_DAY = Date.UTC(2016, 0, 1);

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" of a UTC date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A publication day between 2016 and the corpus's today. */
export function publicationDay(random: Random): string {
  const last = Date.parse(CORPUS_TODAY);
  return isoDay(new Date(FIRST_DAY + random.int(0, Math.floor((last - FIRST_DAY) / DAY_MS)) * DAY_MS));
}

/** A day between `from` (a "YYYY-MM-DD") and the corpus's today, for updates. */
export function dayAfter(random: Random, from: string): string {
  const start = Date.parse(from);
  return isoDay(new Date(start + random.int(1, Math.max(1, Math.floor((Date.parse(CORPUS_TODAY) - start) / DAY_MS))) * DAY_MS));
}

/** A day in Bác's lifetime (1911–1969). */
export function historicDay(random: Random): Date {
  return new Date(Date.UTC(random.int(1911, 1969), random.int(0, 11), random.int(1, 28)));
}

/** `count` distinct ISO weeks, the newest just before today's week, going back as many years as needed. */
export function recentWeeks(count: number): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  let { year, week } = isoWeekOf(new Date(CORPUS_TODAY));
  while (weeks.length < count) {
    week -= 1;
    if (week < 1) {
      year -= 1;
      week = weeksInIsoYear(year);
    }
    if (year < 2000) throw new Error(`Only ${weeks.length} weeks fit between 2000 and ${CORPUS_TODAY}; ask for fewer questions.`);
    weeks.push({ year, week });
  }
  return weeks;
}

/** Monday of an ISO week, "YYYY-MM-DD": the day its question is published. */
export function weekStartDay(week: IsoWeek): string {
  return isoDay(isoWeekStart(week));
}

/** A day in the same ISO week number of an earlier year in Bác's lifetime ("ngày này năm xưa"). */
export function sameWeekInHistory(random: Random, week: number): string {
  for (;;) {
    const year = random.int(1911, 1969);
    if (week > weeksInIsoYear(year)) continue;
    return isoDay(new Date(isoWeekStart({ year, week }).getTime() + random.int(0, 6) * DAY_MS));
  }
}
