/**
 * "Ngày này năm xưa": things that happened on a calendar day, whatever the year, grouped by
 * "MM-DD". Used by the calendar pages at build time and by the "today" script in the browser.
 */
import { dayKey } from './dates';

/** Something that happened on a date, and the page that tells it. */
export interface DayEntry {
  /** The day it happened. */
  date: Date;
  /** What happened, or the title of the page about it. */
  title: string;
  /** Path of the page. */
  url: string;
  /** Kind of page, shown next to the title ("Câu hỏi hằng tuần"). */
  kind: string;
}

/** A calendar day and what happened on it. */
export interface CalendarDay {
  /** "MM-DD". */
  key: string;
  /** Month, 1–12. */
  month: number;
  /** Day of the month, 1–31. */
  day: number;
  /** Oldest year first, then by title. */
  entries: DayEntry[];
}

/** A month of the calendar with the days that have content. */
export interface CalendarMonth {
  /** Month, 1–12. */
  month: number;
  /** Days in order; empty when nothing happened that month. */
  days: CalendarDay[];
}

/** What the browser gets for one entry: { "MM-DD": [ { title, url, year } ] }. */
export type TodayData = Record<string, { title: string; url: string; year: number }[]>;

/** Groups entries by calendar day, days in calendar order (1 January first). */
export function groupByDay(entries: readonly DayEntry[]): CalendarDay[] {
  const days = new Map<string, DayEntry[]>();
  for (const entry of entries) {
    const key = dayKey(entry.date);
    days.set(key, [...(days.get(key) ?? []), entry]);
  }
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, dayEntries]) => ({
      key,
      month: Number(key.slice(0, 2)),
      day: Number(key.slice(3)),
      entries: dayEntries.sort((a, b) => a.date.getTime() - b.date.getTime() || a.title.localeCompare(b.title, 'vi')),
    }));
}

/** The twelve months, each with its days that have content. */
export function calendarMonths(days: readonly CalendarDay[]): CalendarMonth[] {
  return Array.from({ length: 12 }, (_, index) => ({ month: index + 1, days: days.filter((day) => day.month === index + 1) }));
}

/** The data the "today" script reads. */
export function todayData(days: readonly CalendarDay[]): TodayData {
  return Object.fromEntries(
    days.map((day) => [day.key, day.entries.map((entry) => ({ title: entry.title, url: entry.url, year: entry.date.getUTCFullYear() }))]),
  );
}

/** The day to show for `today` ("MM-DD"): itself when it has content, else the next one, wrapping past 31 December. */
export function dayOrNext(keys: readonly string[], today: string): string | undefined {
  const sorted = [...keys].sort();
  return sorted.find((key) => key >= today) ?? sorted[0];
}
