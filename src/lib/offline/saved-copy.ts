/**
 * A week's radio programme saved on the operator's phone to read when the signal drops: what is
 * saved, where, and how it stands against the page on the site or the week on the calendar.
 * The page that saves it and the service worker that serves it share these rules; the names it
 * is kept under are in names.ts.
 */
import type { ui } from '../../i18n/ui';
import { compareIsoWeeks, isoWeekOf } from '../iso-week';
import { vietnamDay } from '../reader-date';

/** The interface text about the saved copy (ui.radio.programme.offline), passed in so the page's first script need not load every UI string. */
export type OfflineText = typeof ui.radio.programme.offline;

/** A saved page: its address and its title, as the offline fallback lists it. */
export interface SavedPage {
  path: string;
  title: string;
}

/** The record of the saved copy. */
export interface SavedCopy {
  /** The programme page's path. */
  programme: string;
  year: number;
  week: number;
  /** The programme's content digest when saved (the page's `data-offline-version`). */
  version: string;
  /** When it was saved, ISO 8601. */
  savedAt: string;
  /** The pages saved, programme first, then each part's radio script. */
  pages: SavedPage[];
  /** Every address saved: the pages, their .txt scripts and the files they need. */
  files: string[];
}

/** What the page knows about itself, to compare with the saved copy. */
export interface ProgrammeOnPage {
  programme: string;
  version: string;
}

/** How the saved copy stands against the programme page the operator is on. */
export type SavedState = 'none' | 'current' | 'changed' | 'other';

/** Whether nothing is saved, this very programme is, an older version of it, or another week's. */
export function savedState(saved: SavedCopy | undefined, page: ProgrammeOnPage): SavedState {
  if (!saved) return 'none';
  if (saved.programme !== page.programme) return 'other';
  return saved.version === page.version ? 'current' : 'changed';
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** "7:05 ngày 2/12/2026", on Vietnam's clock whatever the phone's zone. */
export function savedAtText(savedAt: string): string {
  const shifted = new Date(new Date(savedAt).getTime() + VIETNAM_OFFSET_MS);
  const minutes = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${shifted.getUTCHours()}:${minutes} ngày ${shifted.getUTCDate()}/${shifted.getUTCMonth() + 1}/${shifted.getUTCFullYear()}`;
}

/** The line the programme page shows about the saved copy; empty when nothing is saved. */
export function savedStateText(saved: SavedCopy | undefined, state: SavedState, text: OfflineText): string {
  if (!saved || state === 'none') return '';
  if (state === 'other') return text.otherWeek(saved.week, saved.year);
  return state === 'current' ? text.saved(savedAtText(saved.savedAt)) : text.changed(savedAtText(saved.savedAt));
}

/**
 * The note a saved page carries when it is read without the signal: when it was saved, and, once
 * Vietnam's calendar has moved past the saved programme's week, that it is no longer this week's.
 */
export function offlineNote(saved: SavedCopy, now: Date, text: OfflineText): string {
  const reading = text.reading(savedAtText(saved.savedAt));
  const thisWeek = isoWeekOf(vietnamDay(now));
  return compareIsoWeeks({ year: saved.year, week: saved.week }, thisWeek) < 0
    ? `${reading} ${text.oldWeek(saved.week, saved.year)}`
    : reading;
}

/** Reads a saved-copy record, or nothing when it is not one (an older format, a damaged cache). */
export function parseSavedCopy(value: unknown): SavedCopy | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const copy = value as Partial<SavedCopy>;
  const valid =
    typeof copy.programme === 'string' &&
    typeof copy.version === 'string' &&
    typeof copy.savedAt === 'string' &&
    Number.isInteger(copy.year) &&
    Number.isInteger(copy.week) &&
    Array.isArray(copy.pages) &&
    Array.isArray(copy.files);
  return valid ? (copy as SavedCopy) : undefined;
}
