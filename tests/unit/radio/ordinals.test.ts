import { describe, expect, it } from 'vitest';
import { readOrdinals } from '../../../src/lib/radio/ordinals';

describe('readOrdinals', () => {
  it.each([
    ['thứ 2', 'thứ hai'],
    ['Thứ 4', 'Thứ tư'],
    ['thứ 1', 'thứ nhất'],
    ['hạng 1', 'hạng nhất'],
    ['Hạng 3', 'Hạng ba'],
    ['lần thứ 14', 'lần thứ mười bốn'],
    ['kỳ họp thứ 7', 'kỳ họp thứ bảy'],
    ['thứ 24', 'thứ hai mươi tư'],
  ])('%s → %s', (written, spoken) => {
    expect(readOrdinals(written)).toBe(spoken);
  });

  it.each(['thứ 2,5', 'thứ 2a', 'thứtự 2', 'có 4 người'])('leaves %j alone', (written) => {
    expect(readOrdinals(written)).toBe(written);
  });
});
