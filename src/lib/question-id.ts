/** Ids of weekly questions, made from their ISO year and week so a week cannot hold two questions. */
import { padWeek } from './iso-week';

/** "2024-tuan-07" from `{ year: 2024, week: 7 }`, or undefined when either is missing or not a whole number. */
export function questionId(data: Record<string, unknown>): string | undefined {
  const { year, week } = data;
  if (!Number.isInteger(year) || !Number.isInteger(week)) return undefined;
  return `${year as number}-tuan-${padWeek(week as number)}`;
}
