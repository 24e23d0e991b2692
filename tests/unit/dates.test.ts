import { describe, expect, it } from 'vitest';
import { dayKey, formatDateLong, formatDateShort, parseIsoDate, toIsoDate } from '../../src/lib/dates';

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
