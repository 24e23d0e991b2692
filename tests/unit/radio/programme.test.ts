import { describe, expect, it } from 'vitest';
import { estimateSeconds, formatDuration } from '../../../src/lib/radio/duration';
import { assembleProgramme, compareWithTarget, type ProgrammeSegment } from '../../../src/lib/radio/programme';

const pace = { syllablesPerMinute: 200, paragraphPauseSeconds: 1 };
/** A paragraph of n syllables. */
const words = (count: number) => `${Array.from({ length: count }, () => 'một').join(' ')}.`;

const segments: ProgrammeSegment[] = [
  { kind: 'opening', paragraphs: [words(40)] },
  { kind: 'question', paragraphs: [words(100), words(300)] },
  { kind: 'story', paragraphs: [words(500)] },
  { kind: 'exemplar', paragraphs: [words(400), words(200)] },
  { kind: 'closing', paragraphs: [words(30)] },
];

describe('assembleProgramme', () => {
  const programme = assembleProgramme(segments, pace, 10);

  it('joins every segment in order into one text, paragraphs separated by a blank line', () => {
    expect(programme.paragraphs).toEqual(segments.flatMap((segment) => segment.paragraphs));
    expect(programme.text).toBe(programme.paragraphs.join('\n\n'));
    expect(programme.segments.map((segment) => segment.kind)).toEqual(['opening', 'question', 'story', 'exemplar', 'closing']);
  });

  it('times each segment at the pace, with a pause per paragraph', () => {
    const [opening, question] = programme.segments;
    expect(opening?.seconds).toBeCloseTo((40 / 200) * 60 + 1, 9);
    expect(question?.seconds).toBeCloseTo((400 / 200) * 60 + 2, 9);
    expect(question?.durationLabel).toBe('khoảng 2 phút');
  });

  it('totals the segments, and the total is what timing the text gives', () => {
    const sum = programme.segments.reduce((total, segment) => total + segment.seconds, 0);
    expect(programme.seconds).toBeCloseTo(sum, 9);
    expect(programme.seconds).toBeCloseTo(estimateSeconds(programme.text, pace), 9);
    expect(programme.syllables).toBe(1570);
    expect(programme.durationLabel).toBe(formatDuration(programme.seconds));
  });

  it('compares the total with the target', () => {
    // 1570 syllables = 471 s, plus 8 pauses: 479 s, shown as 8 minutes.
    expect(programme.durationLabel).toBe('khoảng 8 phút');
    expect(programme.target).toEqual({ targetSeconds: 600, gapSeconds: -120, status: 'under', label: 'còn 2 phút trong khung 10 phút' });
    expect(assembleProgramme(segments, pace, 7).target.label).toBe('vượt khung 7 phút, thừa 1 phút');
    expect(assembleProgramme(segments, pace, 8).target.status).toBe('on');
  });

  it('drops empty segments and paragraphs with nothing to read', () => {
    const result = assembleProgramme(
      [
        { kind: 'opening', paragraphs: ['Xin chào.', ' ', '—'] },
        { kind: 'story', paragraphs: [] },
        { kind: 'closing', paragraphs: ['Hẹn gặp lại.'] },
      ],
      pace,
      10,
    );
    expect(result.segments.map((segment) => segment.kind)).toEqual(['opening', 'closing']);
    expect(result.text).toBe('Xin chào.\n\nHẹn gặp lại.');
  });

  it('handles no segment at all', () => {
    const empty = assembleProgramme([], pace, 10);
    expect([empty.text, empty.seconds, empty.durationLabel]).toEqual(['', 0, 'khoảng 0 giây']);
    expect(empty.target.label).toBe('còn 10 phút trong khung 10 phút');
  });
});

describe('compareWithTarget', () => {
  it.each([
    [520, 600, 'under', -80, 'còn 1 phút 20 giây trong khung 10 phút'],
    [596, 600, 'on', 0, 'vừa khung 10 phút'],
    [604, 600, 'on', 0, 'vừa khung 10 phút'],
    [645, 600, 'over', 50, 'vượt khung 10 phút, thừa 50 giây'],
    [725, 600, 'over', 130, 'vượt khung 10 phút, thừa 2 phút 10 giây'],
    [30, 600, 'under', -570, 'còn 9 phút 30 giây trong khung 10 phút'],
    [3900, 600, 'over', 3300, 'vượt khung 10 phút, thừa 55 phút'],
  ] as const)('%s s against %s s: %s by %s', (seconds, target, status, gap, label) => {
    expect(compareWithTarget(seconds, target)).toEqual({ targetSeconds: target, gapSeconds: gap, status, label });
  });

  it('agrees with the rounded labels: shown total and gap add up to the target', () => {
    for (let seconds = 300; seconds <= 900; seconds += 0.5) {
      const { gapSeconds } = compareWithTarget(seconds, 600);
      const shown = formatDuration(seconds).replace('khoảng ', '');
      const [minutes = 0, rest = 0] =
        /(\d+) phút(?: (\d+) giây)?/u
          .exec(shown)
          ?.slice(1)
          .map((part) => Number(part ?? 0)) ?? [];
      expect(minutes * 60 + rest - gapSeconds).toBe(600);
    }
  });
});
