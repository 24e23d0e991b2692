import { describe, expect, it } from 'vitest';
import { compareVietnamese, countSyllables, foldDiacritics, hasDiacritics } from '../../src/lib/vietnamese';

describe('foldDiacritics', () => {
  it.each([
    ['Đắk Hà', 'Dak Ha'],
    ['đạo đức', 'dao duc'],
    ['Những tấm gương bình dị', 'Nhung tam guong binh di'],
    ['Xơ Đăng, Giẻ Triêng', 'Xo Dang, Gie Trieng'],
    ['ỆỮẶỒẪỖ', 'EUAOAO'],
    ['already plain', 'already plain'],
  ])('%s → %s', (input, expected) => {
    expect(foldDiacritics(input)).toBe(expected);
  });

  it('folds decomposed (NFD) input the same as composed input', () => {
    expect(foldDiacritics('Đắk Hà'.normalize('NFD'))).toBe('Dak Ha');
  });
});

describe('hasDiacritics', () => {
  it('sees tone marks and đ, and nothing in plain ASCII', () => {
    expect(hasDiacritics('bác')).toBe(true);
    expect(hasDiacritics('dong bao')).toBe(false);
    expect(hasDiacritics('đ')).toBe(true);
  });
});

describe('compareVietnamese', () => {
  it('orders Vietnamese names as a dictionary does', () => {
    const names = ['Kon Plông', 'Đăk Hà', 'Đăk Glei', 'Ngọc Hồi', 'Đăk Tô', 'Sa Thầy'];
    expect([...names].sort(compareVietnamese)).toEqual(['Đăk Glei', 'Đăk Hà', 'Đăk Tô', 'Kon Plông', 'Ngọc Hồi', 'Sa Thầy']);
  });
});

describe('countSyllables', () => {
  it('counts one syllable per word and ignores punctuation-only tokens', () => {
    expect(countSyllables('Học tập và làm theo Bác – mỗi ngày.')).toBe(8);
    expect(countSyllables('   ')).toBe(0);
  });
});
