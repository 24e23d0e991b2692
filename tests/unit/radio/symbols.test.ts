import { describe, expect, it } from 'vitest';
import { readSymbols } from '../../../src/lib/radio/symbols';

describe('readSymbols', () => {
  it.each([
    ['Đảng & Nhà nước', 'Đảng và Nhà nước'],
    ['mười tám+', 'mười tám cộng '],
    ['một + một = hai', 'một cộng một bằng hai'],
    ['~năm mươi', 'khoảng năm mươi'],
    ['tỷ lệ %', 'tỷ lệ phần trăm'],
    ['xã/phường/thị trấn', 'xã, phường, thị trấn'],
    ['kinh tế - xã hội', 'kinh tế, xã hội'],
    ['kinh tế–xã hội', 'kinh tế, xã hội'],
    ['- Mục một', 'Mục một'],
    ['• Mục hai', 'Mục hai'],
    ['ba°C', 'ba độ C'],
    ['**đậm**', '  đậm  '],
    ['[một]', '(một)'],
  ])('%s → %j', (written, spoken) => {
    expect(readSymbols(written)).toBe(spoken);
  });

  it('returns text without any symbol as it is', () => {
    const text = 'Kính thưa quý vị và bà con, (hôm nay) chúng ta nói về "Bác Hồ"!';
    expect(readSymbols(text)).toBe(text);
  });

  it('keeps hyphens inside loanwords', () => {
    expect(readSymbols('ki-lô-mét')).toBe('ki-lô-mét');
  });
});
