/**
 * "Now" for the build: items dated later are scheduled, not published. BUILD_DATE
 * (YYYY-MM-DD) pins it, so two builds of the same commit give the same site.
 */
import { parseIsoDate } from '../lib/dates';

/** The build's date, from BUILD_DATE or the clock, at the end of that day in UTC+7 (Vietnam). */
export function buildDate(): Date {
  const pinned = process.env.BUILD_DATE ? parseIsoDate(process.env.BUILD_DATE) : undefined;
  if (process.env.BUILD_DATE && !pinned) throw new Error(`BUILD_DATE must be YYYY-MM-DD, got "${process.env.BUILD_DATE}"`);
  const base = pinned ?? new Date(Date.now() + 7 * 3_600_000);
  return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate()));
}
