/**
 * Assembles the weekly radio programme from its segments: one text to read (segments one after
 * another, paragraphs separated by a blank line, exactly like an item's script), the time each
 * segment takes, the total, and how the total compares with the target length.
 *
 * The total is timed from all paragraphs together, so it is the same number that timing the
 * programme's .txt gives; each segment is timed from its own paragraphs, and the segments' seconds
 * add up to the total.
 */
import { countSpokenSyllables, displaySeconds, formatDuration, formatSpan, secondsForSyllables, type ReadingPace } from './duration';

/** The parts of the programme, in airing order. */
export type SegmentKind = 'opening' | 'question' | 'story' | 'exemplar' | 'closing';

/** One part of the programme: what it is and the spoken paragraphs it reads. */
export interface ProgrammeSegment {
  readonly kind: SegmentKind;
  /** Normalised paragraphs, ready to read. */
  readonly paragraphs: readonly string[];
}

/** A segment with the time it takes to read. */
export interface TimedSegment extends ProgrammeSegment {
  readonly seconds: number;
  /** "khoảng 2 phút 30 giây". */
  readonly durationLabel: string;
}

/** Whether the programme is shorter or longer than the target, and by how much. */
export interface TargetComparison {
  /** The target length, in seconds. */
  readonly targetSeconds: number;
  /** Shown total minus the target: negative when under. A multiple of the shown rounding. */
  readonly gapSeconds: number;
  readonly status: 'under' | 'on' | 'over';
  /** For the radio staff, in the same terms as the page's intro (a slot of N minutes): "còn 1 phút 20 giây trong khung 10 phút", "vượt khung 10 phút, thừa 40 giây", "vừa khung 10 phút". */
  readonly label: string;
}

/** The assembled programme. */
export interface Programme {
  readonly segments: readonly TimedSegment[];
  /** Every paragraph in airing order. */
  readonly paragraphs: readonly string[];
  /** The exact text to copy: paragraphs separated by a blank line. */
  readonly text: string;
  readonly syllables: number;
  readonly seconds: number;
  /** "khoảng 9 phút 40 giây". */
  readonly durationLabel: string;
  readonly target: TargetComparison;
}

/** Times the segments and joins them into the programme's text; empty segments are dropped. */
export function assembleProgramme(segments: readonly ProgrammeSegment[], pace: ReadingPace, targetMinutes: number): Programme {
  const counted = segments.map(countSegment).filter(({ segment }) => segment.paragraphs.length > 0);
  const timed = counted.map(({ segment, syllableCounts }) => {
    const seconds = secondsForSyllables(syllableCounts, pace);
    return { ...segment, seconds, durationLabel: formatDuration(seconds) };
  });
  const syllableCounts = counted.flatMap((segment) => segment.syllableCounts);
  const seconds = secondsForSyllables(syllableCounts, pace);
  const paragraphs = timed.flatMap((segment) => segment.paragraphs);
  return {
    segments: timed,
    paragraphs,
    text: paragraphs.join('\n\n'),
    syllables: syllableCounts.reduce((total, count) => total + count, 0),
    seconds,
    durationLabel: formatDuration(seconds),
    target: compareWithTarget(seconds, targetMinutes * 60),
  };
}

/** The segment without its unspoken paragraphs, and each paragraph's syllables, counted once for all the timings. */
function countSegment(segment: ProgrammeSegment): { segment: ProgrammeSegment; syllableCounts: number[] } {
  const paragraphs = segment.paragraphs.filter((paragraph) => /[\p{L}\p{N}]/u.test(paragraph));
  return { segment: { ...segment, paragraphs }, syllableCounts: paragraphs.map(countSpokenSyllables) };
}

/**
 * Compares a length with the broadcast slot the way the screen shows it: the total is rounded as
 * its label is ("khoảng 9 phút 40 giây"), so "còn 20 giây trong khung 10 phút" adds up.
 */
export function compareWithTarget(seconds: number, targetSeconds: number): TargetComparison {
  const gapSeconds = displaySeconds(seconds) - displaySeconds(targetSeconds);
  const slot = `khung ${formatSpan(targetSeconds)}`;
  if (gapSeconds === 0) return { targetSeconds, gapSeconds, status: 'on', label: `vừa ${slot}` };
  const gap = formatSpan(Math.abs(gapSeconds));
  return gapSeconds < 0
    ? { targetSeconds, gapSeconds, status: 'under', label: `còn ${gap} trong ${slot}` }
    : { targetSeconds, gapSeconds, status: 'over', label: `vượt ${slot}, thừa ${gap}` };
}
