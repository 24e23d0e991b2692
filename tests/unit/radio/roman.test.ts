import { describe, expect, it } from 'vitest';
import { readRomanNumerals, romanToNumber } from '../../../src/lib/radio/roman';

describe('readRomanNumerals', () => {
  it.each([
    ['khóa XII', 'khóa mười hai'],
    ['(khóa XII)', '(khóa mười hai)'],
    ['Khóa XV', 'Khóa mười lăm'],
    ['khoá XIII', 'khoá mười ba'],
    ['Quốc hội khóa XV', 'Quốc hội khóa mười lăm'],
    ['Đại hội XIII', 'Đại hội mười ba'],
    ['đại hội XIV', 'đại hội mười bốn'],
    ['thế kỷ XX', 'thế kỷ hai mươi'],
    ['thế kỷ XXI', 'thế kỷ hai mươi mốt'],
    ['Thế kỷ XIX', 'Thế kỷ mười chín'],
    ['lần thứ XIII', 'lần thứ mười ba'],
    ['lần thứ I', 'lần thứ nhất'],
    ['lần thứ IV', 'lần thứ tư'],
    ['Kỳ họp thứ VII', 'Kỳ họp thứ bảy'],
    ['tập II', 'tập hai'],
    ['Phần IV', 'Phần bốn'],
    ['Chương IX', 'Chương chín'],
    ['quý I/2024', 'quý một năm hai nghìn không trăm hai mươi tư'],
    ['Quý IV', 'Quý bốn'],
    ['Hội nghị Trung ương 4 (khóa XII)', 'Hội nghị Trung ương 4 (khóa mười hai)'],
    ['ĐẠI HỘI XIII', 'ĐẠI HỘI mười ba'],
    ['giáo viên cấp II, cấp III', 'giáo viên cấp hai, cấp ba'],
    ['Trường cấp I', 'Trường cấp một'],
  ])('%s → %s', (written, spoken) => {
    expect(readRomanNumerals(written)).toBe(spoken);
  });

  it.each([
    ['MC dẫn chương trình'],
    ['gửi CV xin việc'],
    ['I love Vietnam'],
    ['Vì dân'],
    ['DI sản'],
    ['LI'],
    ['XII'],
    ['khóa IIII'],
    ['khóa VX'],
    ['phần MC'],
    ['thế kỷ XXIa'],
    ['khóa xii'],
  ])('leaves %j alone', (written) => {
    expect(readRomanNumerals(written)).toBe(written);
  });
});

describe('romanToNumber', () => {
  it.each([
    ['I', 1],
    ['IV', 4],
    ['IX', 9],
    ['XIV', 14],
    ['XL', 40],
    ['LXXXIX', 89],
  ])('%s = %i', (roman, value) => {
    expect(romanToNumber(roman)).toBe(value);
  });

  it.each(['', 'IIII', 'VV', 'IL', 'C', 'MC'])('%j is not accepted', (roman) => {
    expect(romanToNumber(roman)).toBeNull();
  });
});
