import { describe, expect, it } from 'vitest';
import { escapeRegExp, hasDigit, isWordChar, WORD_END, WORD_START } from '../../../src/lib/radio/patterns';

describe('patterns', () => {
  it('finds whole Vietnamese words where \\b fails', () => {
    const word = new RegExp(`${WORD_START}tư${WORD_END}`, 'gu');
    expect('tư tưởng, hai mươi tư'.match(word)).toHaveLength(2);
    expect(/\btư\b/u.test('hai mươi tư')).toBe(false);
  });

  it('escapes regular-expression characters', () => {
    expect(new RegExp(escapeRegExp('T.Ư/(x)+'), 'u').test('T.Ư/(x)+')).toBe(true);
    expect(new RegExp(escapeRegExp('T.Ư'), 'u').test('TxƯ')).toBe(false);
  });

  it.each([
    ['Đ', true],
    ['5', true],
    ['\uE001', true],
    ['-', false],
    [undefined, false],
  ])('isWordChar(%j) is %s', (char, expected) => {
    expect(isWordChar(char)).toBe(expected);
  });
});

describe('hasDigit', () => {
  it.each([
    ['Ngày 19/5', true],
    ['9h', true],
    ['khóa XII', false],
    ['Thế kỷ hai mươi mốt', false],
    ['\u0665', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasDigit(text)).toBe(expected);
  });
});
