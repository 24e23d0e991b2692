import { describe, expect, it } from 'vitest';
import { digitWord, readDecimalPart, readDigits, readInteger, readOrdinal, readWrittenNumber } from '../../../src/lib/radio/numbers';

describe('readInteger', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [31, 'ba mươi mốt'],
    [44, 'bốn mươi tư'],
    [55, 'năm mươi lăm'],
    [99, 'chín mươi chín'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [104, 'một trăm linh bốn'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [111, 'một trăm mười một'],
    [115, 'một trăm mười lăm'],
    [121, 'một trăm hai mươi mốt'],
    [284, 'hai trăm tám mươi tư'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [1266, 'một nghìn hai trăm sáu mươi sáu'],
    [1890, 'một nghìn tám trăm chín mươi'],
    [2016, 'hai nghìn không trăm mười sáu'],
    [2020, 'hai nghìn không trăm hai mươi'],
    [2001, 'hai nghìn không trăm linh một'],
    [10930, 'mười nghìn chín trăm ba mươi'],
    [21000, 'hai mươi mốt nghìn'],
    [173600, 'một trăm bảy mươi ba nghìn sáu trăm'],
    [1000000, 'một triệu'],
    [1000001, 'một triệu không trăm linh một'],
    [1050000, 'một triệu không trăm năm mươi nghìn'],
    [2500000, 'hai triệu năm trăm nghìn'],
    [1000000000, 'một tỷ'],
    [1500000000, 'một tỷ năm trăm triệu'],
  ])('%s → %s', (value, spoken) => {
    expect(readInteger(value)).toBe(spoken);
  });

  it.each([
    ['1000000000000', 'một nghìn tỷ'],
    ['1005000000000', 'một nghìn không trăm linh năm tỷ'],
    ['1000000000005', 'một nghìn tỷ không trăm linh năm'],
    ['1000000000000000000', 'một tỷ tỷ'],
    ['007', 'bảy'],
    ['000', 'không'],
  ])('reads the digit string %s → %s', (digits, spoken) => {
    expect(readInteger(digits)).toBe(spoken);
  });

  it('accepts bigint', () => {
    expect(readInteger(21n)).toBe('hai mươi mốt');
  });

  it.each(['12a', '-5', '', '1.000'])('rejects %j', (bad) => {
    expect(() => readInteger(bad)).toThrow(RangeError);
  });
});

describe('readDigits and digitWord', () => {
  it('reads each digit', () => {
    expect(readDigits('0912')).toBe('không chín một hai');
  });

  it('rejects a non-digit', () => {
    expect(() => digitWord('x')).toThrow(RangeError);
  });
});

describe('readOrdinal', () => {
  it.each([
    [1, 'nhất'],
    [2, 'hai'],
    [4, 'tư'],
    [14, 'mười bốn'],
    ['01', 'nhất'],
    [21, 'hai mươi mốt'],
  ])('%s → %s', (value, spoken) => {
    expect(readOrdinal(value)).toBe(spoken);
  });
});

describe('readDecimalPart', () => {
  it.each([
    ['5', 'năm'],
    ['14', 'mười bốn'],
    ['05', 'không năm'],
    ['005', 'không không năm'],
    ['0', 'không'],
    ['50', 'năm mươi'],
  ])('%s → %s', (digits, spoken) => {
    expect(readDecimalPart(digits)).toBe(spoken);
  });
});

describe('readWrittenNumber', () => {
  it.each([
    ['10.930', 'mười nghìn chín trăm ba mươi'],
    ['173.600', 'một trăm bảy mươi ba nghìn sáu trăm'],
    ['1.050.000', 'một triệu không trăm năm mươi nghìn'],
    ['1.005', 'một nghìn không trăm linh năm'],
    ['3,5', 'ba phẩy năm'],
    ['3,14', 'ba phẩy mười bốn'],
    ['3,05', 'ba phẩy không năm'],
    ['0,5', 'không phẩy năm'],
    ['1,5', 'một phẩy năm'],
    ['12,5', 'mười hai phẩy năm'],
    ['1.234,5', 'một nghìn hai trăm ba mươi tư phẩy năm'],
    ['-5', 'âm năm'],
    ['−2,5', 'âm hai phẩy năm'],
    ['4.0', 'bốn chấm không'],
    ['1.2.3', 'một chấm hai chấm ba'],
    ['05', 'năm'],
  ])('%s → %s', (written, spoken) => {
    expect(readWrittenNumber(written)).toBe(spoken);
  });
});
