import { describe, expect, it } from 'vitest';
import { readRanges } from '../../../src/lib/radio/ranges';

describe('readRanges', () => {
  it.each([
    ['2016-2020', '2016 đến 2020'],
    ['2016–2020', '2016 đến 2020'],
    ['2016 - 2020', '2016 đến 2020'],
    ['3-4 nội dung', '3 đến 4 nội dung'],
    ['50%-60%', '50% đến 60%'],
    ['1,5-2 triệu', '1,5 đến 2 triệu'],
    ['(1890-1969)', '(1890 đến 1969)'],
  ])('%s → %s', (written, spoken) => {
    expect(readRanges(written)).toBe(spoken);
  });

  it.each(['COVID-19', 'F0-F1', 'U23-Việt Nam', 'kinh tế - xã hội', '-5'])('leaves %j alone', (written) => {
    expect(readRanges(written)).toBe(written);
  });
});
