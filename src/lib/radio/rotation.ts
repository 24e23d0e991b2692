/**
 * Which story or exemplar a week's programme features: the first one the week's question links
 * to; without one, the week's turn in a rotation through all of them. The turn depends only on
 * the week (weeks counted from a fixed Monday), so every build picks the same item for a week
 * and consecutive weeks feature consecutive items.
 */
import { isoWeekStart, type IsoWeek } from '../iso-week';

const WEEK_MS = 7 * 86_400_000;
/** Monday of ISO week 1 of 1970. */
const FIRST_MONDAY = Date.UTC(1969, 11, 29);

/** Consecutive ISO weeks get consecutive numbers: 0 for week 1 of 1970. */
export function weekSerial(week: IsoWeek): number {
  return Math.round((isoWeekStart(week).getTime() - FIRST_MONDAY) / WEEK_MS);
}

/** The item a week features: the first related one, else `all` in rotation; undefined when there is none. */
export function featureForWeek<T>(related: readonly T[], all: readonly T[], week: IsoWeek): T | undefined {
  if (related.length > 0) return related[0];
  if (all.length === 0) return undefined;
  const turn = weekSerial(week) % all.length;
  return all[(turn + all.length) % all.length];
}
