import { describe, expect, it } from 'vitest';
import {
  countSpokenSyllables,
  DEFAULT_PARAGRAPH_PAUSE_SECONDS,
  estimateSeconds,
  displaySeconds,
  secondsForSyllables,
  formatDuration,
  formatSpan,
} from '../../../src/lib/radio/duration';

describe('countSpokenSyllables', () => {
  it.each([
    ['Kính thưa quý vị và bà con!', 7],
    ['tám mươi ki-lô-mét', 5],
    ['  một   hai \n ba ', 3],
    ['kinh tế, xã hội.', 4],
    ['— , .', 0],
    ['', 0],
    ['COVID-19 và mười-mười', 4],
    ['xã - phường', 2],
    ['-ki--lô-', 1],
    ['ki-lô-mét-', 3],
  ])('%j has %i syllables', (text, count) => {
    expect(countSpokenSyllables(text)).toBe(count);
  });
});

describe('estimateSeconds', () => {
  const words = (count: number) => Array.from({ length: count }, () => 'một').join(' ');

  it('reads 200 syllables in a minute at 200 a minute, plus one pause', () => {
    expect(estimateSeconds([words(200)], { syllablesPerMinute: 200, paragraphPauseSeconds: 1 })).toBe(61);
  });

  it('adds a pause at each paragraph end', () => {
    expect(estimateSeconds([words(100), words(100)], { syllablesPerMinute: 200, paragraphPauseSeconds: 2 })).toBe(64);
  });

  it('uses the default pause when the pace does not say', () => {
    expect(estimateSeconds([words(50)], { syllablesPerMinute: 100 })).toBe(30 + DEFAULT_PARAGRAPH_PAUSE_SECONDS);
  });

  it('scales with the pace', () => {
    const slow = estimateSeconds([words(300)], { syllablesPerMinute: 150, paragraphPauseSeconds: 0 });
    const fast = estimateSeconds([words(300)], { syllablesPerMinute: 300, paragraphPauseSeconds: 0 });
    expect(slow).toBe(120);
    expect(fast).toBe(60);
  });

  it('splits a string script at blank lines and ignores empty paragraphs', () => {
    const script = `${words(100)}\n\n${words(100)}\r\n\r\n\n\n   \n\n${words(100)}`;
    expect(estimateSeconds(script, { syllablesPerMinute: 200, paragraphPauseSeconds: 1 })).toBe(93);
  });

  it.each([0, -5, Number.NaN])('rejects a pace of %s', (pace) => {
    expect(() => estimateSeconds(['một'], { syllablesPerMinute: pace })).toThrow(RangeError);
  });
});

describe('secondsForSyllables', () => {
  const pace = { syllablesPerMinute: 200, paragraphPauseSeconds: 2 };

  it('times counted paragraphs as estimateSeconds times the paragraphs themselves', () => {
    const paragraphs = ['Kính thưa quý vị và bà con!', '— , .', 'tám mươi ki-lô-mét', ''];
    expect(secondsForSyllables(paragraphs.map(countSpokenSyllables), pace)).toBe(estimateSeconds(paragraphs, pace));
  });

  it('adds no pause for a paragraph without syllables', () => {
    expect(secondsForSyllables([200, 0, 0], pace)).toBe(62);
    expect(secondsForSyllables([], pace)).toBe(0);
  });

  it.each([0, -5, Number.NaN])('rejects a pace of %s', (syllablesPerMinute) => {
    expect(() => secondsForSyllables([1], { syllablesPerMinute })).toThrow(RangeError);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, 'khoảng 0 giây'],
    [-3, 'khoảng 0 giây'],
    [Number.NaN, 'khoảng 0 giây'],
    [12.4, 'khoảng 12 giây'],
    [45, 'khoảng 45 giây'],
    [59.4, 'khoảng 59 giây'],
    [59.6, 'khoảng 1 phút'],
    [60, 'khoảng 1 phút'],
    [64, 'khoảng 1 phút'],
    [65, 'khoảng 1 phút 10 giây'],
    [200, 'khoảng 3 phút 20 giây'],
    [203, 'khoảng 3 phút 20 giây'],
    [596, 'khoảng 10 phút'],
    [3594, 'khoảng 59 phút 50 giây'],
    [3596, 'khoảng 1 giờ'],
    [3900, 'khoảng 1 giờ 5 phút'],
    [7290, 'khoảng 2 giờ 2 phút'],
  ])('%s s → %s', (seconds, label) => {
    expect(formatDuration(seconds)).toBe(label);
  });
});

describe('displaySeconds', () => {
  it.each([
    [-5, 0],
    [Number.POSITIVE_INFINITY, 0],
    [44.6, 45],
    [59.6, 60],
    [84.9, 80],
    [85, 90],
    [3594, 3590],
    [3596, 3600],
    [3629, 3600],
    [3631, 3660],
  ])('%s s is shown as %s s', (seconds, shown) => {
    expect(displaySeconds(seconds)).toBe(shown);
  });
});

describe('formatSpan', () => {
  it.each([
    [30, '30 giây'],
    [80, '1 phút 20 giây'],
    [600, '10 phút'],
    [3900, '1 giờ 5 phút'],
  ])('%s s → %s', (seconds, label) => {
    expect(formatSpan(seconds)).toBe(label);
  });

  it('is the duration label without "khoảng"', () => {
    for (const seconds of [0, 7, 59.6, 203, 596, 3596, 7290]) expect(formatDuration(seconds)).toBe(`khoảng ${formatSpan(seconds)}`);
  });
});
