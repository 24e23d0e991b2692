/**
 * Per-phase times read from an `astro build` log: Astro's own phase lines, the timings the
 * site's integrations log, and clock stamps for phases that print none.
 */
import { stripVTControlCharacters } from 'node:util';

/** Seconds spent in each phase that the log shows; a phase the log does not show is absent. */
export type PhaseTimes = Partial<Record<Phase, number>>;

/** The phases, in build order. */
export const PHASES = ['content', 'bundle', 'pages', 'images', 'search', 'shareImages'] as const;

/** One phase of the build. */
export type Phase = (typeof PHASES)[number];

/** What each phase covers, for reports. */
export const PHASE_LABELS: Record<Phase, string> = {
  content: 'content sync (loaders, schemas, MDX compile)',
  bundle: 'Vite bundle',
  pages: 'page rendering',
  images: 'image optimisation',
  search: 'search index (Pagefind)',
  shareImages: 'share images',
};

/** Seconds of Astro's "4.22s", "3m 24s", "812ms" or "1h 2m". */
export function parseDuration(text: string): number {
  let seconds = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|h|m|s)\b/g)) {
    const amount = Number(value);
    seconds += unit === 'ms' ? amount / 1000 : unit === 'h' ? amount * 3600 : unit === 'm' ? amount * 60 : amount;
  }
  return seconds;
}

/** Seconds since midnight of a line's "HH:MM:SS" stamp. */
function stamp(line: string | undefined): number | undefined {
  const match = /^(\d\d):(\d\d):(\d\d)/.exec(line ?? '');
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : undefined;
}

/** Reads the phases out of a build log. */
export function phaseTimes(log: string): PhaseTimes {
  const lines = stripVTControlCharacters(log).split('\n');
  const find = (pattern: RegExp, from = 0) => {
    const index = lines.findIndex((line, at) => at >= from && pattern.test(line));
    return index < 0 ? undefined : index;
  };
  const between = (start: RegExp, end: RegExp): number | undefined => {
    const first = find(start);
    const last = first === undefined ? undefined : find(end, first);
    const from = stamp(lines[first ?? -1]);
    const to = stamp(lines[last ?? -1]);
    return from === undefined || to === undefined ? undefined : (to - from + 86_400) % 86_400;
  };
  const completedAfter = (heading: RegExp): number | undefined => {
    const at = find(heading);
    const done = at === undefined ? undefined : find(/✓ Completed in/, at + 1);
    return done === undefined ? undefined : parseDuration(lines[done]?.split('Completed in')[1] ?? '');
  };
  const logged = (pattern: RegExp): number | undefined => {
    const line = lines.find((candidate) => pattern.test(candidate));
    const match = line && pattern.exec(line);
    return match ? Number(match[1]) / 1000 : undefined;
  };
  const times: PhaseTimes = {
    content: between(/\[content\] Syncing content/, /\[content\] Synced content/),
    bundle: between(/Building static entrypoints/, /Rearranging server assets/),
    pages: completedAfter(/generating static routes/),
    images: completedAfter(/generating optimized images/),
    search: logged(/Chỉ mục tìm kiếm: .*\((\d+) ms\)/),
    shareImages: logged(/share images: .* in (\d+) ms/),
  };
  return Object.fromEntries(Object.entries(times).filter(([, value]) => value !== undefined)) as PhaseTimes;
}

/** Pages (and endpoints) a build rendered, and those Astro's incremental build copied from the last build. */
export interface PageCounts {
  rendered: number;
  copied: number;
}

/** Counts Astro's per-path lines: "├─ /x/index.html (+12ms)" when rendered, "(cached)" or "(restored)" when copied. */
export function pageCounts(log: string): PageCounts {
  const lines = stripVTControlCharacters(log)
    .split('\n')
    .filter((line) => line.includes('├─ '));
  return {
    rendered: lines.filter((line) => /\(\+[\d.]+m?s\)\s*$/.test(line)).length,
    copied: lines.filter((line) => /\((cached|restored)\)\s*$/.test(line)).length,
  };
}
