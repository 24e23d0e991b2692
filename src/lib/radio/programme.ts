/**
 * Assembles the weekly radio programme from its segments: one text to read (segments one after
 * another, paragraphs separated by a blank line, exactly like an item's script), the time each
 * segment takes, the total, and how the total compares with the target length.
 *
 * The total is timed from all paragraphs together, so it is the same number that timing the
 * programme's .txt gives; each segment is timed from its own paragraphs, and the segments' seconds
 * add up to the total.
 */
import { countSpokenSyllables, displaySeconds, estimateSeconds, formatDuration, formatSpan, type ReadingPace } from './duration';

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
  /** "dưới mục tiêu 1 phút 20 giây", "vượt mục tiêu 40 giây", "đúng mục tiêu". */
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
  const timed = segments
    .map((segment) => ({ ...segment, paragraphs: segment.paragraphs.filter((paragraph) => /[\p{L}\p{N}]/u.test(paragraph)) }))
    .filter((segment) => segment.paragraphs.length > 0)
    .map((segment) => {
      const seconds = estimateSeconds(segment.paragraphs, pace);
      return { ...segment, seconds, durationLabel: formatDuration(seconds) };
    });
  const paragraphs = timed.flatMap((segment) => segment.paragraphs);
  const seconds = estimateSeconds(paragraphs, pace);
  return {
    segments: timed,
    paragraphs,
    text: paragraphs.join('\n\n'),
    syllables: paragraphs.reduce((total, paragraph) => total + countSpokenSyllables(paragraph), 0),
    seconds,
    durationLabel: formatDuration(seconds),
    target: compareWithTarget(seconds, targetMinutes * 60),
  };
}

/**
 * Compares a length with the target the way the screen shows it: the total is rounded as its
 * label is ("khoảng 9 phút 40 giây"), so "dưới mục tiêu 20 giây" against 10 minutes adds up.
 */
export function compareWithTarget(seconds: number, targetSeconds: number): TargetComparison {
  const gapSeconds = displaySeconds(seconds) - displaySeconds(targetSeconds);
  if (gapSeconds === 0) return { targetSeconds, gapSeconds, status: 'on', label: 'đúng mục tiêu' };
  const status = gapSeconds < 0 ? 'under' : 'over';
  const label = `${status === 'under' ? 'dưới' : 'vượt'} mục tiêu ${formatSpan(Math.abs(gapSeconds))}`;
  return { targetSeconds, gapSeconds, status, label };
}
