/**
 * How long a script takes to read on air. Vietnamese writes one syllable per word, so the
 * syllable count is the word count, except loanwords written with hyphens ("ki-lô-mét" is three
 * syllables). The pace comes from the site configuration (about 200 syllables a minute suits
 * loudspeakers); each paragraph end adds a short pause.
 */

/** Reading pace of the commune announcer. */
export interface ReadingPace {
  /** Syllables read per minute (the site config says 200). */
  readonly syllablesPerMinute: number;
  /** Pause at the end of each paragraph, in seconds. Default: {@link DEFAULT_PARAGRAPH_PAUSE_SECONDS}. */
  readonly paragraphPauseSeconds?: number;
}

/** The pause counted at each paragraph end when the pace does not say. */
export const DEFAULT_PARAGRAPH_PAUSE_SECONDS = 1;

/** Counts spoken syllables: words separated by spaces, and the parts of hyphenated loanwords. */
export function countSpokenSyllables(text: string): number {
  return text
    .split(/\s+/u)
    .flatMap((word) => word.split(/(?<=\p{L})-(?=\p{L})/u))
    .filter((part) => /[\p{L}\p{N}]/u.test(part)).length;
}

/**
 * Seconds needed to read the script: syllables at the given pace plus one pause per paragraph.
 * A string script is split into paragraphs at blank lines.
 */
export function estimateSeconds(script: string | readonly string[], pace: ReadingPace): number {
  if (!(pace.syllablesPerMinute > 0)) throw new RangeError('syllablesPerMinute must be a positive number');
  const paragraphs = (typeof script === 'string' ? script.split(/\n\s*\n/u) : script).filter((paragraph) =>
    /[\p{L}\p{N}]/u.test(paragraph),
  );
  const syllables = paragraphs.reduce((total, paragraph) => total + countSpokenSyllables(paragraph), 0);
  const pause = pace.paragraphPauseSeconds ?? DEFAULT_PARAGRAPH_PAUSE_SECONDS;
  return (syllables / pace.syllablesPerMinute) * 60 + paragraphs.length * pause;
}

/**
 * Seconds as they are shown: whole seconds under a minute, the nearest 10 seconds under an
 * hour, the nearest minute beyond. Negative or invalid input counts as 0.
 */
export function displaySeconds(seconds: number): number {
  const safe = Number.isFinite(seconds) && seconds > 0 ? seconds : 0;
  if (Math.round(safe) < 60) return Math.round(safe);
  const tens = Math.round(safe / 10) * 10;
  return tens < 3600 ? tens : Math.round(safe / 60) * 60;
}

/** A length of time in words, rounded by {@link displaySeconds}: "45 giây", "3 phút 20 giây", "1 giờ 5 phút". */
export function formatSpan(seconds: number): string {
  const shown = displaySeconds(seconds);
  if (shown < 60) return `${shown} giây`;
  if (shown < 3600) {
    const minutes = Math.floor(shown / 60);
    const rest = shown % 60;
    return rest === 0 ? `${minutes} phút` : `${minutes} phút ${rest} giây`;
  }
  const hours = Math.floor(shown / 3600);
  const minutes = Math.round((shown % 3600) / 60);
  return minutes === 0 ? `${hours} giờ` : `${hours} giờ ${minutes} phút`;
}

/**
 * The duration shown on screen: "khoảng 45 giây" under a minute, "khoảng 3 phút 20 giây"
 * (to the nearest 10 seconds) under an hour, "khoảng 1 giờ 5 phút" (to the nearest minute) beyond.
 */
export function formatDuration(seconds: number): string {
  return `khoảng ${formatSpan(seconds)}`;
}
