import { describe, expect, it } from 'vitest';
import { featureForWeek, weekSerial } from '../../../src/lib/radio/rotation';

describe('weekSerial', () => {
  it('numbers ISO weeks consecutively, across years with 52 and 53 weeks', () => {
    expect(weekSerial({ year: 1970, week: 1 })).toBe(0);
    expect(weekSerial({ year: 1970, week: 2 })).toBe(1);
    expect(weekSerial({ year: 2021, week: 1 }) - weekSerial({ year: 2020, week: 53 })).toBe(1);
    expect(weekSerial({ year: 2026, week: 1 }) - weekSerial({ year: 2025, week: 52 })).toBe(1);
  });
});

describe('featureForWeek', () => {
  const all = ['a', 'b', 'c'];

  it('takes the first related item', () => {
    expect(featureForWeek(['c', 'a'], all, { year: 2026, week: 16 })).toBe('c');
  });

  it('rotates through all items, one per week, the same way on every call', () => {
    const weeks = [50, 51, 52].map((week) => ({ year: 2025, week })).concat([1, 2, 3].map((week) => ({ year: 2026, week })));
    const picks = weeks.map((week) => featureForWeek([], all, week));
    expect(new Set(picks.slice(0, 3))).toEqual(new Set(all));
    expect(picks.slice(3)).toEqual(picks.slice(0, 3));
    expect(weeks.map((week) => featureForWeek([], all, week))).toEqual(picks);
  });

  it('returns nothing when there is nothing to feature', () => {
    expect(featureForWeek([], [], { year: 2026, week: 16 })).toBeUndefined();
  });
});
