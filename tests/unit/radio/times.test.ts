import { describe, expect, it } from 'vitest';
import { readTime, readTimes } from '../../../src/lib/radio/times';

describe('readTimes', () => {
  it.each([
    ['9h30', 'chín giờ ba mươi phút'],
    ['9h', 'chín giờ'],
    ['lúc 9h, ', 'lúc chín giờ, '],
    ['9h00', 'chín giờ'],
    ['9h05', 'chín giờ năm phút'],
    ["9h30'", 'chín giờ ba mươi phút'],
    ['14 giờ 30', 'mười bốn giờ ba mươi phút'],
    ['14 giờ 30 phút', 'mười bốn giờ ba mươi phút'],
    ['14:30', 'mười bốn giờ ba mươi phút'],
    ['7h30-11h', 'bảy giờ ba mươi phút đến mười một giờ'],
    ['7h30 – 11h30', 'bảy giờ ba mươi phút đến mười một giờ ba mươi phút'],
  ])('%s → %s', (written, spoken) => {
    expect(readTimes(written)).toBe(spoken);
  });

  it.each(['9ha', '25h', '9h75', 'tỷ lệ 1:50.000', '48 giờ'])('leaves %j alone', (written) => {
    expect(readTimes(written)).toBe(written);
  });

  it('reads hours and minutes', () => {
    expect(readTime(21, 1)).toBe('hai mươi mốt giờ một phút');
  });
});
