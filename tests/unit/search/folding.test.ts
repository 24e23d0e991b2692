import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_WORDS,
  adjacentPairs,
  phraseQuery,
  querySyllables,
  relaxQuery,
  repairQuery,
  repairSyllable,
  fromIndexSpelling,
  indexSyllables,
  toIndexSpelling,
} from '../../../src/lib/search/folding';
import { foldDiacritics } from '../../../src/lib/vietnamese';

describe('querySyllables', () => {
  it('lower-cases, composes (NFC) and splits on spaces and punctuation', () => {
    expect(querySyllables('  Tấm   gương, “bình dị”! ')).toEqual(['tấm', 'gương', 'bình', 'dị']);
  });

  it('reads decomposed (NFD) input from some keyboards the same as composed input', () => {
    expect(querySyllables('Đắk Hà'.normalize('NFD'))).toEqual(['đắk', 'hà']);
  });

  it('drops apostrophes inside names, as Pagefind indexes them', () => {
    expect(querySyllables("Ia H'Drai")).toEqual(['ia', 'hdrai']);
    expect(querySyllables('Ia H’Drai')).toEqual(['ia', 'hdrai']);
  });

  it('keeps numbers, dates and document codes whole, as Pagefind indexes them', () => {
    expect(querySyllables('Chỉ thị 05-CT/TW')).toEqual(['chỉ', 'thị', '05-ct/tw']);
    expect(querySyllables('1.029 lượt, ngày 19/4/1946.')).toEqual(['1.029', 'lượt', 'ngày', '19/4/1946']);
    expect(querySyllables('“19/5” - 2016')).toEqual(['19/5', '2016']);
  });

  it('returns nothing for blank or punctuation-only input', () => {
    expect(querySyllables('')).toEqual([]);
    expect(querySyllables(' … ?! ')).toEqual([]);
  });

  it('keeps at most MAX_QUERY_WORDS syllables', () => {
    expect(querySyllables('a '.repeat(60))).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('toIndexSpelling, fromIndexSpelling and indexSyllables', () => {
  const pagefindFold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/gu, '');

  it('spells đ as d with a combining stroke, which folds to d as Pagefind folds marks', () => {
    for (const [marked, plain] of [
      ['đạo đức', 'dao duc'],
      ['Đăk Hà', 'Dak Ha'],
      ['đảng viên', 'dang vien'],
    ] as const) {
      const spelled = toIndexSpelling(marked);
      expect(spelled).not.toContain('đ');
      expect(pagefindFold(spelled)).toBe(plain);
    }
  });

  it('keeps đ apart from d for a search with exact marks', () => {
    expect(toIndexSpelling('đao')).not.toBe('dao');
    expect(foldDiacritics(toIndexSpelling('đao'))).toBe('dao');
  });

  it('splits dates into words at their slashes, and nothing else', () => {
    expect(toIndexSpelling('ngày 19/4/1946, tháng 5/2016')).toBe('ngày 19/\u20094/\u20091946, tháng 5/\u20092016');
    const codes = 'Chỉ thị 05-CT/TW, Kế hoạch 128-KH/TU, Quyết nghị 1.029/QB-UBND, 6.861 lượt, 12/QB-UBND';
    expect(toIndexSpelling(codes)).toBe(codes);
  });

  it('is undone by fromIndexSpelling', () => {
    const text = 'Đồng bào đi đầu ngày 19/5/1890 – 19/5/2016';
    expect(fromIndexSpelling(toIndexSpelling(text))).toBe(text);
  });

  it('joins a date whose thin spaces came back from Pagefind as plain spaces', () => {
    expect(fromIndexSpelling('Ngày 28/ 11/ 1959, báo Nhân Dân; tháng 5/ 2016')).toBe('Ngày 28/11/1959, báo Nhân Dân; tháng 5/2016');
    expect(fromIndexSpelling('cán bộ/ đảng viên, 05-CT/TW')).toBe('cán bộ/ đảng viên, 05-CT/TW');
  });

  it('searches a typed date by its parts and đ with its stroke', () => {
    expect(indexSyllables('19/4')).toEqual(['19', '4']);
    expect(indexSyllables('19/4/1946')).toEqual(['19', '4', '1946']);
    expect(indexSyllables('đạo')).toEqual([toIndexSpelling('đạo')]);
    expect(indexSyllables('05-ct/tw')).toEqual(['05-ct/tw']);
    expect(indexSyllables('1.029')).toEqual(['1.029']);
  });
});

describe('adjacentPairs and phraseQuery', () => {
  it('pairs each syllable with the next one', () => {
    expect(adjacentPairs(['tấm', 'gương', 'bình', 'dị'])).toEqual([
      ['tấm', 'gương'],
      ['gương', 'bình'],
      ['bình', 'dị'],
    ]);
    expect(adjacentPairs(['chiêng'])).toEqual([]);
  });

  it('quotes a phrase for Pagefind', () => {
    expect(phraseQuery(['tấm', 'gương'])).toBe('"tấm gương"');
  });
});

describe('repairSyllable', () => {
  it.each([
    ['gươngf', 'gương'],
    ['tâm', 'tâm'],
    ['thuânj', 'thuân'],
    ['chinhs', 'chinh'],
    ['ddaoj', 'đao'],
    ['dduwcs', 'đuc'],
    ['chuwx', 'chu'],
    ['nhwng', 'nhung'],
    ['d9ao5', 'đao'],
    ['guongg', 'guong'],
    ['vaan', 'van'],
    ['phamm', 'pham'],
    ['cayy', 'cay'],
  ])('%s → %s', (typed, repaired) => {
    expect(repairSyllable(typed)).toBe(repaired);
  });

  it.each(['tấm', 'gương', 'dân', 'kheo', 'nghiêng', 'chanh', 'hdrai', '05', '2025'])(
    'leaves a well-formed syllable or a number alone: %s',
    (syllable) => {
      expect(repairSyllable(syllable)).toBe(syllable);
    },
  );

  it.each(['mttq', 'tw', 'bđbp', 'ptdt'])('leaves an abbreviation without a vowel alone: %s', (abbreviation) => {
    expect(repairSyllable(abbreviation)).toBe(abbreviation);
  });

  it('reads a lone w after a consonant as ư only in a longer syllable', () => {
    expect(repairSyllable('nhw')).toBe('nhu');
    expect(repairSyllable('tw')).toBe('tw');
  });

  it('drops a last s, f, r, x or j only where a Vietnamese syllable could end without it', () => {
    expect(repairSyllable('ksor')).toBe('kso');
    expect(repairSyllable('tuanj')).toBe('tuan');
    expect(repairSyllable('trungs')).toBe('trung');
    expect(repairSyllable('nghs')).toBe('nghs');
  });
});

describe('repairQuery', () => {
  it('repairs every syllable, or says nothing changed', () => {
    expect(repairQuery(['tâm', 'gươngf', 'bình', 'dị'])).toEqual(['tâm', 'gương', 'bình', 'dị']);
    expect(repairQuery(['ddaoj', 'dduwcs'])).toEqual(['đao', 'đuc']);
    expect(repairQuery(['tấm', 'gương'])).toBeNull();
  });
});

describe('relaxQuery', () => {
  it('leaves out one syllable at a time from a longer query', () => {
    expect(relaxQuery(['dân', 'vận', 'khéo'])).toEqual([
      ['vận', 'khéo'],
      ['dân', 'khéo'],
      ['dân', 'vận'],
    ]);
  });

  it('shortens a single syllable, longest first, down to two letters', () => {
    expect(relaxQuery(['gươg'])).toEqual([['gươ'], ['gư']]);
    expect(relaxQuery(['ab'])).toEqual([]);
  });

  it('drops at most two letters, so nonsense does not shrink to a word it only starts like', () => {
    expect(relaxQuery(['xyzqwv'])).toEqual([['xyzqw'], ['xyzq']]);
    expect(relaxQuery(['nghiênh'])).toEqual([['nghiên'], ['nghiê']]);
  });
});
