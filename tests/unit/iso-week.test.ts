import { describe, expect, it } from 'vitest';
import { compareIsoWeeks, isoWeekEnd, isoWeekOf, isoWeekStart, isValidIsoWeek, padWeek, weeksInIsoYear } from '../../src/lib/iso-week';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const day = (date: Date) => date.toISOString().slice(0, 10);

describe('isoWeekOf', () => {
  it('puts 1 January 2021 in week 53 of 2020', () => {
    expect(isoWeekOf(utc('2021-01-01'))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(utc('2021-01-03'))).toEqual({ year: 2020, week: 53 });
  });

  it('starts week 1 of 2021 on Monday 4 January', () => {
    expect(isoWeekOf(utc('2021-01-04'))).toEqual({ year: 2021, week: 1 });
  });

  it('puts late-December days in week 1 of the next year', () => {
    expect(isoWeekOf(utc('2025-12-29'))).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf(utc('2024-12-30'))).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf(utc('2026-01-01'))).toEqual({ year: 2026, week: 1 });
  });

  it('reads the UTC calendar day, whatever the time of day', () => {
    expect(isoWeekOf(new Date('2021-01-03T23:59:59Z'))).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf(new Date('2021-01-04T00:00:01Z'))).toEqual({ year: 2021, week: 1 });
  });
});

describe('isoWeekStart and isoWeekEnd', () => {
  it('give Monday 4 and Sunday 10 January 2021 for week 1 of 2021', () => {
    expect(day(isoWeekStart({ year: 2021, week: 1 }))).toBe('2021-01-04');
    expect(day(isoWeekEnd({ year: 2021, week: 1 }))).toBe('2021-01-10');
  });

  it('start week 1 of 2026 in December 2025', () => {
    expect(day(isoWeekStart({ year: 2026, week: 1 }))).toBe('2025-12-29');
    expect(day(isoWeekEnd({ year: 2020, week: 53 }))).toBe('2021-01-03');
  });

  it('round-trip every week of 2015–2030, Monday to Sunday', () => {
    for (let year = 2015; year <= 2030; year++) {
      for (let week = 1; week <= weeksInIsoYear(year); week++) {
        const start = isoWeekStart({ year, week });
        const end = isoWeekEnd({ year, week });
        expect(isoWeekOf(start)).toEqual({ year, week });
        expect(isoWeekOf(end)).toEqual({ year, week });
        expect(start.getUTCDay()).toBe(1);
        expect(end.getUTCDay()).toBe(0);
      }
    }
  });
});

describe('weeksInIsoYear and isValidIsoWeek', () => {
  it('gives 2020 53 weeks and 2021 52', () => {
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(weeksInIsoYear(2021)).toBe(52);
    expect(weeksInIsoYear(2026)).toBe(53);
  });

  it('accepts week 53 only in long years', () => {
    expect(isValidIsoWeek({ year: 2020, week: 53 })).toBe(true);
    expect(isValidIsoWeek({ year: 2021, week: 53 })).toBe(false);
    expect(isValidIsoWeek({ year: 2021, week: 0 })).toBe(false);
    expect(isValidIsoWeek({ year: 2021, week: 1.5 })).toBe(false);
  });
});

describe('compareIsoWeeks and padWeek', () => {
  it('orders across years', () => {
    const weeks = [
      { year: 2021, week: 1 },
      { year: 2020, week: 53 },
      { year: 2021, week: 10 },
    ];
    expect([...weeks].sort(compareIsoWeeks)).toEqual([
      { year: 2020, week: 53 },
      { year: 2021, week: 1 },
      { year: 2021, week: 10 },
    ]);
  });

  it('pads to two digits', () => {
    expect(padWeek(5)).toBe('05');
    expect(padWeek(53)).toBe('53');
  });
});
