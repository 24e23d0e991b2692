import { describe, expect, it } from 'vitest';
import { readCitations } from '../../../src/lib/radio/citations';

describe('readCitations', () => {
  it.each([
    [
      'Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, H., 2011, t.12, tr.236.',
      'Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, tập 12, trang 236.',
    ],
    ['Sđd, t. 4, tr. 249-250.', 'Sđd, tập 4, trang 249-250.'],
    ['T.15, Tr. 512', 'Tập 15, Trang 512'],
  ])('%s', (written, spoken) => {
    expect(readCitations(written)).toBe(spoken);
  });

  it('reads "t." and "H." as citation marks only before a number or a year', () => {
    const text = 'Bác viết tắt là t. và h.; Ông H., trưởng thôn, nói; thôn 3, H., xã 5; trong bài tr. hai.';
    expect(readCitations(text)).toBe(text);
  });
});
