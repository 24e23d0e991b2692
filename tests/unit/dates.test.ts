import { describe, expect, it } from 'vitest';
import {
  dayKey,
  formatDateLong,
  formatDateShort,
  formatDateSpoken,
  machineDate,
  parseDayFirstDate,
  parseIsoDate,
  toDayFirst,
  toIsoDate,
} from '../../src/lib/dates';

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

describe('parseDayFirstDate', () => {
  it('reads the day first, with any separator or none', () => {
    expect(parseDayFirstDate('19/5/1890')).toEqual({ iso: '1890-05-19' });
    expect(parseDayFirstDate(' 01-12-2026 ')).toEqual({ iso: '2026-12-01' });
    expect(parseDayFirstDate('15.06.2025')).toEqual({ iso: '2025-06-15' });
    expect(parseDayFirstDate('15062025')).toEqual({ iso: '2025-06-15' });
    expect(parseDayFirstDate('')).toEqual({ empty: true });
  });

  it('never moves a date that does not exist to another day', () => {
    expect(parseDayFirstDate('31022026')).toEqual({ problem: 'Không có ngày 31/2/2026: tháng 2 năm 2026 có 28 ngày.' });
    expect(parseDayFirstDate('29/2/2024')).toEqual({ iso: '2024-02-29' });
    expect(parseDayFirstDate('12/31/2026')).toEqual({ problem: 'Không có tháng 31: tháng từ 1 đến 12 (gõ ngày trước, tháng sau).' });
    expect(parseDayFirstDate('1/1/26')).toEqual({ problem: 'Ghi năm đủ 4 chữ số, ví dụ 2026.' });
    expect(parseDayFirstDate('hôm qua')).toEqual({ problem: expect.stringContaining('chưa phải một ngày') });
  });
});

describe('toDayFirst and formatDateSpoken', () => {
  it('show a stored date day-first and in words, and keep other text', () => {
    expect(toDayFirst('2026-03-10')).toBe('10/03/2026');
    expect(toDayFirst('31022026')).toBe('31022026');
    expect(formatDateSpoken(new Date('2026-12-01T00:00:00Z'))).toBe('Thứ Ba, ngày 1 tháng 12 năm 2026');
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
