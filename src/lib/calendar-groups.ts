/**
 * Items grouped by year, then by month, in the order given (newest first in, newest first out):
 * a long archive reads as a calendar with headings instead of one undivided list.
 */

/** One month of a year and its items. */
export interface MonthGroup<T> {
  /** 1–12. */
  month: number;
  items: T[];
}

/** One year and its months. */
export interface YearGroup<T> {
  year: number;
  months: MonthGroup<T>[];
}

/** Groups `items` by the UTC year and month of `dateOf(item)`; an item of a year or month seen before joins that group. */
export function groupByYearMonth<T>(items: readonly T[], dateOf: (item: T) => Date): YearGroup<T>[] {
  const years: YearGroup<T>[] = [];
  for (const item of items) {
    const date = dateOf(item);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth() + 1;
    let yearGroup = years.find((group) => group.year === year);
    if (!yearGroup) {
      yearGroup = { year, months: [] };
      years.push(yearGroup);
    }
    let monthGroup = yearGroup.months.find((group) => group.month === month);
    if (!monthGroup) {
      monthGroup = { month, items: [] };
      yearGroup.months.push(monthGroup);
    }
    monthGroup.items.push(item);
  }
  return years;
}
