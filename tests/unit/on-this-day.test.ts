import { describe, expect, it } from 'vitest';
import { calendarMonths, dayOrNext, groupByDay, todayData, type DayEntry } from '../../src/lib/on-this-day';

const entry = (iso: string, title: string): DayEntry => ({ date: new Date(`${iso}T00:00:00Z`), title, url: `/${title}/`, kind: 'k' });

describe('groupByDay', () => {
  const days = groupByDay([
    entry('1946-05-19', 'b'),
    entry('1890-05-19', 'a'),
    entry('1969-09-02', 'c'),
    entry('1945-09-02', 'd'),
    entry('1950-01-01', 'e'),
    entry('1946-05-19', 'a2'),
  ]);

  it('meets entries of different years on one calendar day, days in calendar order', () => {
    expect(days.map((day) => day.key)).toEqual(['01-01', '05-19', '09-02']);
    expect(days[1]).toMatchObject({ month: 5, day: 19 });
  });

  it('orders a day’s entries oldest year first, then by title', () => {
    expect(days[1]?.entries.map((item) => item.title)).toEqual(['a', 'a2', 'b']);
    expect(days[2]?.entries.map((item) => item.title)).toEqual(['d', 'c']);
  });

  it('gives twelve months, empty ones included', () => {
    const months = calendarMonths(days);
    expect(months.map((month) => month.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[4]?.days.map((day) => day.key)).toEqual(['05-19']);
    expect(months[1]?.days).toEqual([]);
  });

  it('serialises to { MM-DD: [{ title, url, year }] } for the browser', () => {
    expect(todayData(days)['09-02']).toEqual([
      { title: 'd', url: '/d/', year: 1945 },
      { title: 'c', url: '/c/', year: 1969 },
    ]);
  });
});

describe('dayOrNext', () => {
  const keys = ['09-02', '01-01', '05-19'];

  it('picks today when it has content', () => {
    expect(dayOrNext(keys, '05-19')).toBe('05-19');
  });

  it('picks the next day with content', () => {
    expect(dayOrNext(keys, '05-20')).toBe('09-02');
    expect(dayOrNext(keys, '01-02')).toBe('05-19');
  });

  it('wraps past 31 December', () => {
    expect(dayOrNext(keys, '12-31')).toBe('01-01');
  });

  it('gives nothing for an empty calendar', () => {
    expect(dayOrNext([], '05-19')).toBeUndefined();
  });
});
