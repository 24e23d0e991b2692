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

/** A hyphen between two letters: it splits a loanword into its syllables. */
const LOANWORD_HYPHEN = /(?<=\p{L})-(?=\p{L})/u;
/** A part is spoken when it has a letter or a digit (a lone dash or comma is not). */
const SPOKEN = /[\p{L}\p{N}]/u;

/** Counts spoken syllables: words separated by spaces, and the parts of hyphenated loanwords. */
export function countSpokenSyllables(text: string): number {
  let count = 0;
  for (const word of text.split(/\s+/u)) {
    // Splitting is the costly part, and most words have no hyphen at all.
    const parts = word.includes('-') ? word.split(LOANWORD_HYPHEN) : [word];
    count += parts.filter((part) => SPOKEN.test(part)).length;
  }
  return count;
}

/**
 * Seconds needed to read the script: syllables at the given pace plus one pause per paragraph.
 * A string script is split into paragraphs at blank lines.
 */
export function estimateSeconds(script: string | readonly string[], pace: ReadingPace): number {
  const paragraphs = typeof script === 'string' ? script.split(/\n\s*\n/u) : script;
  return secondsForSyllables(paragraphs.map(countSpokenSyllables), pace);
}

/**
 * {@link estimateSeconds} from syllable counts already made, one per paragraph, so callers that
 * also report the syllables count each paragraph once. A paragraph of no syllables (nothing
 * but punctuation) takes no pause.
 */
export function secondsForSyllables(counts: readonly number[], pace: ReadingPace): number {
  if (!(pace.syllablesPerMinute > 0)) throw new RangeError('syllablesPerMinute must be a positive number');
  const spoken = counts.filter((count) => count > 0);
  const syllables = spoken.reduce((total, count) => total + count, 0);
  const pause = pace.paragraphPauseSeconds ?? DEFAULT_PARAGRAPH_PAUSE_SECONDS;
  return (syllables / pace.syllablesPerMinute) * 60 + spoken.length * pause;
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
