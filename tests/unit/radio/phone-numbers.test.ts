import { describe, expect, it } from 'vitest';
import { readPhoneNumber, readPhoneNumbers } from '../../../src/lib/radio/phone-numbers';

describe('readPhoneNumbers', () => {
  it.each([
    ['Gọi 0912 345 678.', 'Gọi không chín một hai, ba bốn năm, sáu bảy tám.'],
    ['0912.345.678', 'không chín một hai, ba bốn năm, sáu bảy tám'],
    ['0912345678', 'không chín một hai, ba bốn năm, sáu bảy tám'],
    ['091 234 5678', 'không chín một, hai ba bốn, năm sáu bảy tám'],
    ['02603862123', 'không hai sáu không, ba tám sáu hai, một hai ba'],
    ['(0260) 3862 123', 'không hai sáu không, ba tám sáu hai, một hai ba'],
    ['+84 912 345 678', 'cộng tám tư chín một hai, ba bốn năm, sáu bảy tám'],
    ['0912 345 678 5 người', 'không chín một hai, ba bốn năm, sáu bảy tám 5 người'],
    ['đường dây nóng 113', 'đường dây nóng một một ba'],
    ['Hotline: 1900 9095', 'Hotline: một chín không không, chín không chín năm'],
  ])('%s → %s', (written, spoken) => {
    expect(readPhoneNumbers(written)).toBe(spoken);
  });

  it.each(['10.930 lượt', '1.050.000 đồng', '012345', 'năm 2020', '0,5 ha'])('leaves %j alone', (written) => {
    expect(readPhoneNumbers(written)).toBe(written);
  });

  it('reads a single group digit by digit', () => {
    expect(readPhoneNumber('115')).toBe('một một năm');
  });
});
