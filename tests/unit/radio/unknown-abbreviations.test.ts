import { describe, expect, it } from 'vitest';
import { findUnknownAbbreviations, mergeUnknownAbbreviations } from '../../../src/lib/radio/unknown-abbreviations';

describe('findUnknownAbbreviations', () => {
  it('lists capitals tokens with their counts, in order of appearance', () => {
    expect(findUnknownAbbreviations('BQLDA họp; BQLDA và CLB cùng BQLDA.')).toEqual([
      { token: 'BQLDA', count: 3 },
      { token: 'CLB', count: 1 },
    ]);
  });

  it.each([
    ['ĐVT', 'ĐVT'],
    ['QH mười ba', 'QH'],
    ['mục XII', 'XII'],
    ['MC', 'MC'],
    ['CHI', 'CHI'],
  ])('finds %j', (text, token) => {
    expect(findUnknownAbbreviations(text).map((found) => found.token)).toEqual([token]);
  });

  it.each([
    ['TTg ký'],
    ['HỒ CHÍ MINH'],
    ['HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG'],
    ['BAN CHẤP HÀNH'],
    ['Ủy ban nhân dân'],
    ['A và B'],
    ['\uE000 được giữ'],
  ])('does not report %j', (text) => {
    expect(findUnknownAbbreviations(text)).toEqual([]);
  });
});

describe('mergeUnknownAbbreviations', () => {
  it('adds counts across paragraphs', () => {
    expect(
      mergeUnknownAbbreviations([
        [{ token: 'BQL', count: 1 }],
        [
          { token: 'CLB', count: 2 },
          { token: 'BQL', count: 2 },
        ],
      ]),
    ).toEqual([
      { token: 'BQL', count: 3 },
      { token: 'CLB', count: 2 },
    ]);
  });
});
