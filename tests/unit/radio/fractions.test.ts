import { describe, expect, it } from 'vitest';
import { readFraction, readFractions } from '../../../src/lib/radio/fractions';

describe('readFractions', () => {
  it.each([
    ['2/3 số đại biểu', 'hai phần ba số đại biểu'],
    ['3/4', 'ba phần tư'],
    ['1/2', 'một phần hai'],
    ['15/20 xã', 'mười lăm trên hai mươi xã'],
    ['10/10 chỉ tiêu', 'mười trên mười chỉ tiêu'],
  ])('%s → %s', (written, spoken) => {
    expect(readFractions(written)).toBe(spoken);
  });

  it.each(['1/2/3/4', 'km/h', '3,5/'])('does not read %j as one fraction', (written) => {
    expect(readFractions(written)).not.toBe('một phần hai');
  });

  it('reads ratios above ten as "trên"', () => {
    expect(readFraction('3', '12')).toBe('ba trên mười hai');
  });
});

describe('readFractions with decimals and colons', () => {
  it.each([
    ['9,5/10', 'chín phẩy năm trên mười'],
    ['tỷ lệ 1:50.000', 'tỷ lệ một trên năm mươi nghìn'],
    ['1.200/1.500', 'một nghìn hai trăm trên một nghìn năm trăm'],
  ])('%s → %s', (written, spoken) => {
    expect(readFractions(written)).toBe(spoken);
  });
});
