import { describe, expect, it } from 'vitest';
import { dayKey, formatDateLong, formatDateShort, machineDate, parseIsoDate, toIsoDate } from '../../src/lib/dates';

describe('parseIsoDate', () => {
  it.each(['1890-05-19', '2024-02-29', '2026-11-27'])('accepts %s', (text) => {
    expect(toIsoDate(parseIsoDate(text)!)).toBe(text);
  });

  it.each(['2021-13-45', '2023-02-29', '2024-04-31', '19/5/1890', '2024-5-19', '', 'hôm qua'])('rejects %s', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});

describe('formatting', () => {
  const date = parseIsoDate('1890-05-19')!;
  it('writes dates the Vietnamese way', () => {
    expect(formatDateShort(date)).toBe('19/5/1890');
    expect(formatDateLong(date)).toBe('ngày 19 tháng 5 năm 1890');
    expect(dayKey(date)).toBe('05-19');
  });
});

describe('machineDate', () => {
  it.each([
    ['7/11/2006', '2006-11-07'],
    ['19/4/1946', '1946-04-19'],
    ['5/2016', '2016-05'],
    ['Tháng 5/2016', '2016-05'],
    ['1946', '1946'],
  ])('reads %s as %s', (written, machine) => {
    expect(machineDate(written)).toBe(machine);
  });

  it.each(['1966–1968', '31/2/2020', '13/2016', 'mùa xuân 1946', ''])('finds no single date in "%s"', (written) => {
    expect(machineDate(written)).toBeUndefined();
  });
});
