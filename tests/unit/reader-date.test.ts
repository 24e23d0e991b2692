import { describe, expect, it } from 'vitest';
import { itemOfTheDay, questionForDay, quoteForDay, vietnamDay } from '../../src/lib/reader-date';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const weeks = [
  { start: '2026-11-23', end: '2026-11-29' },
  { start: '2026-11-16', end: '2026-11-22' },
  { start: '2026-11-09', end: '2026-11-15' },
];

describe('vietnamDay', () => {
  it('is already Monday in Vietnam at 17:30 UTC on Sunday', () => {
    expect(vietnamDay(new Date('2026-11-22T17:30:00Z'))).toEqual(day('2026-11-23'));
  });
  it('is still Sunday at 16:59 UTC', () => {
    expect(vietnamDay(new Date('2026-11-22T16:59:00Z'))).toEqual(day('2026-11-22'));
  });
});

describe('questionForDay', () => {
  it('shows the question of the week that contains today', () => {
    expect(questionForDay(weeks, day('2026-11-25'))).toEqual({ index: 0, relation: 'this' });
    expect(questionForDay(weeks, day('2026-11-16'))).toEqual({ index: 1, relation: 'this' });
  });
  it('calls the newest question last week’s in the following week, and older after that', () => {
    expect(questionForDay(weeks, day('2026-12-06'))).toEqual({ index: 0, relation: 'last' });
    expect(questionForDay(weeks, day('2026-12-07'))).toEqual({ index: 0, relation: 'older' });
  });
  it('keeps a question published ahead for its own week', () => {
    expect(questionForDay(weeks, day('2026-11-22'))).toEqual({ index: 1, relation: 'this' });
  });
  it('has nothing before the first week', () => {
    expect(questionForDay(weeks, day('2026-11-01'))).toBeUndefined();
  });
});

describe('itemOfTheDay', () => {
  it('changes every day and cycles through the pool', () => {
    const picks = Array.from({ length: 5 }, (_, offset) => itemOfTheDay(day(`2026-11-0${offset + 1}`), 5));
    expect(new Set(picks).size).toBe(5);
    expect(itemOfTheDay(day('2026-11-01'), 5)).toBe(itemOfTheDay(day('2026-11-06'), 5));
  });
  it('has no item in an empty pool', () => {
    expect(itemOfTheDay(day('2026-11-01'), 0)).toBe(-1);
  });
});

describe('quoteForDay', () => {
  const pool = [{ text: 'a' }, { text: 'b', week: '2026-11-23' }, { text: 'c' }];
  it('never picks the words of the question shown beside it', () => {
    for (let offset = 0; offset < 10; offset += 1) {
      const today = new Date(Date.UTC(2026, 10, 1 + offset));
      expect(quoteForDay(pool, today, '2026-11-23')?.text).not.toBe('b');
    }
  });
  it('uses every quotation over the days when no question is excluded', () => {
    const texts = new Set(Array.from({ length: 3 }, (_, offset) => quoteForDay(pool, new Date(Date.UTC(2026, 10, 1 + offset)))?.text));
    expect(texts).toEqual(new Set(['a', 'b', 'c']));
  });
});
