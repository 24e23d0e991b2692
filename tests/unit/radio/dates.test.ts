import { describe, expect, it } from 'vitest';
import { isValidDate, readDates, readDay, readMonth } from '../../../src/lib/radio/dates';

describe('readDates', () => {
  it.each([
    ['19/5/1890', 'ngày mười chín tháng năm năm một nghìn tám trăm chín mươi'],
    ['Ngày 19/5/1890', 'Ngày mười chín tháng năm năm một nghìn tám trăm chín mươi'],
    ['ngày 2-9', 'ngày mùng hai tháng chín'],
    ['ngày 2/9', 'ngày mùng hai tháng chín'],
    ['mùng 2/9', 'mùng hai tháng chín'],
    ['ngày 2-9-1945', 'ngày mùng hai tháng chín năm một nghìn chín trăm bốn mươi lăm'],
    ['2.9.1945', 'ngày mùng hai tháng chín năm một nghìn chín trăm bốn mươi lăm'],
    ['ngày 1/7/2025', 'ngày mùng một tháng bảy năm hai nghìn không trăm hai mươi lăm'],
    ['tháng 4/1946', 'tháng tư năm một nghìn chín trăm bốn mươi sáu'],
    ['tháng 4-1946', 'tháng tư năm một nghìn chín trăm bốn mươi sáu'],
    ['Tháng 12/2024', 'Tháng mười hai năm hai nghìn không trăm hai mươi tư'],
    ['từ 5/2020 đến nay', 'từ tháng năm năm hai nghìn không trăm hai mươi đến nay'],
    ['tháng 4 năm 1946', 'tháng tư năm 1946'],
    ['tháng 1', 'tháng một'],
    ['ngày 5 tháng 9', 'ngày mùng năm tháng chín'],
    ['ngày 30 tháng 4', 'ngày ba mươi tháng tư'],
    ['kỷ niệm 19/5', 'kỷ niệm ngày mười chín tháng năm'],
    ['Quốc khánh 2/9', 'Quốc khánh ngày mùng hai tháng chín'],
    ['sáng 1/6', 'sáng ngày mùng một tháng sáu'],
    ['30/4', 'ngày ba mươi tháng tư'],
    ['19-5', 'ngày mười chín tháng năm'],
    ['kỷ niệm 3-2', 'kỷ niệm ngày mùng ba tháng hai'],
    ['3/2', 'ngày mùng ba tháng hai'],
    [
      '(19/5/1890 - 2/9/1969)',
      '(ngày mười chín tháng năm năm một nghìn tám trăm chín mươi đến ngày mùng hai tháng chín năm một nghìn chín trăm sáu mươi chín)',
    ],
    ['30/4-1/5', 'ngày ba mươi tháng tư đến ngày mùng một tháng năm'],
    ['ngày 19-20/5/2024', 'ngày mười chín đến hai mươi tháng năm năm hai nghìn không trăm hai mươi tư'],
    ['ngày 1-3/9', 'ngày mùng một đến mùng ba tháng chín'],
    ['29/2/2024', 'ngày hai mươi chín tháng hai năm hai nghìn không trăm hai mươi tư'],
    ['Di chúc (1969)', 'Di chúc (năm một nghìn chín trăm sáu mươi chín)'],
    ['Tức cảnh Pác Bó ( 1941 )', 'Tức cảnh Pác Bó (năm một nghìn chín trăm bốn mươi mốt)'],
  ])('%s → %s', (written, spoken) => {
    expect(readDates(written)).toBe(spoken);
  });

  it.each([
    ['32/13/2020'],
    ['29/2/2023'],
    ['31/4/2020'],
    ['2/3 số đại biểu'],
    ['15/20 xã'],
    ['3-4 nội dung'],
    ['2016-2020'],
    ['tháng 13'],
    ['10.930 lượt'],
    ['1.050.000 đồng'],
    ['4-1946'],
    ['tỷ số 3-2'],
    ['10/10 chỉ tiêu'],
    ['(1500 hộ)'],
    ['(350)'],
  ])('leaves %j as it is (not a date)', (written) => {
    expect(readDates(written)).toBe(written);
  });
});

describe('date parts', () => {
  it.each([
    [4, 'tư'],
    [1, 'một'],
    [11, 'mười một'],
  ])('month %i → tháng %s', (month, spoken) => {
    expect(readMonth(month)).toBe(spoken);
  });

  it.each([
    [1, 'mùng một'],
    [10, 'mùng mười'],
    [11, 'mười một'],
    [21, 'hai mươi mốt'],
  ])('day %i → %s', (day, spoken) => {
    expect(readDay(day)).toBe(spoken);
  });

  it.each([
    [29, 2, 2024, true],
    [29, 2, 2023, false],
    [31, 12, 2020, true],
    [0, 5, undefined, false],
    [29, 2, undefined, true],
  ])('isValidDate(%i, %i, %s) is %s', (day, month, year, valid) => {
    expect(isValidDate(day, month, year)).toBe(valid);
  });
});

describe('a month as a span of time, not a month name', () => {
  it.each([
    ['Chi bộ sinh hoạt mỗi tháng 4 buổi.', 'Chi bộ sinh hoạt mỗi tháng 4 buổi.'],
    ['Hằng tháng 1 lần báo cáo, bình quân tháng 4 cuộc.', 'Hằng tháng 1 lần báo cáo, bình quân tháng 4 cuộc.'],
    ['Một tháng 4 lần họp tổ', 'Một tháng 4 lần họp tổ'],
  ])('leaves the count after "%s" for the number step', (written, read) => {
    expect(readDates(written)).toBe(read);
  });

  it('still names the month after other words', () => {
    expect(readDates('Trong tháng 4 tổ chức 3 hội nghị; tháng 4 năm ấy')).toBe('Trong tháng tư tổ chức 3 hội nghị; tháng tư năm ấy');
  });
});
