import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_WORDS,
  adjacentPairs,
  expandVariants,
  phraseQuery,
  querySyllables,
  relaxQuery,
  repairQuery,
  repairSyllable,
  syllableVariants,
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

  it('keeps numbers and splits document numbers on their punctuation', () => {
    expect(querySyllables('Chỉ thị 05-CT/TW')).toEqual(['chỉ', 'thị', '05', 'ct', 'tw']);
  });

  it('returns nothing for blank or punctuation-only input', () => {
    expect(querySyllables('')).toEqual([]);
    expect(querySyllables(' … ?! ')).toEqual([]);
  });

  it('keeps at most MAX_QUERY_WORDS syllables', () => {
    expect(querySyllables('a '.repeat(30))).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('syllableVariants', () => {
  it.each([
    ['dao', ['dao', 'đao']],
    ['duc', ['duc', 'đuc']],
    ['dak', ['dak', 'đak']],
    ['d', ['d', 'đ']],
  ])('a syllable typed without marks that starts with d may be đ: %s', (syllable, variants) => {
    expect(syllableVariants(syllable)).toEqual(variants);
  });

  it.each(['dân', 'dục', 'đạo', 'đao', 'bao', 'ha', '05'])('is taken at its word when typed with marks or without d: %s', (syllable) => {
    expect(syllableVariants(syllable)).toEqual([syllable]);
  });

  it('never changes a d that is not the first letter', () => {
    expect(syllableVariants('hdrai')).toEqual(['hdrai']);
  });
});

describe('expandVariants', () => {
  it('tries every d/đ combination, the query as typed first', () => {
    expect(expandVariants(['dang', 'vien'])).toEqual([
      ['dang', 'vien'],
      ['đang', 'vien'],
    ]);
    expect(expandVariants(['dong', 'bao', 'dan', 'toc'])).toEqual([
      ['dong', 'bao', 'dan', 'toc'],
      ['dong', 'bao', 'đan', 'toc'],
      ['đong', 'bao', 'dan', 'toc'],
      ['đong', 'bao', 'đan', 'toc'],
    ]);
  });

  it('finds the đ spelling for every example readers type without marks', () => {
    for (const [typed, meant] of [
      ['dao duc', 'đạo đức'],
      ['dang vien', 'đảng viên'],
      ['dak ha', 'đăk hà'],
      ['dong bao', 'đồng bào'],
    ] as const) {
      const folded = foldDiacritics(meant).toLowerCase();
      const pagefindKey = meant.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').normalize('NFC');
      const variants = expandVariants(typed.split(' ')).map((variant) => variant.join(' '));
      expect(variants).toContain(pagefindKey);
      expect(variants.map((variant) => foldDiacritics(variant))).toContain(folded);
    }
  });

  it('leaves a query typed with marks alone', () => {
    expect(expandVariants(['đạo', 'đức'])).toEqual([['đạo', 'đức']]);
    expect(expandVariants(['dân', 'vận'])).toEqual([['dân', 'vận']]);
  });

  it('expands a mixed query only where marks are missing', () => {
    expect(expandVariants(['dân', 'dao'])).toEqual([
      ['dân', 'dao'],
      ['dân', 'đao'],
    ]);
  });

  it('stays within the limit by keeping the typed spelling of the syllables furthest right', () => {
    const variants = expandVariants(['da', 'db', 'dc', 'dd', 'de', 'df'], 8);
    expect(variants).toHaveLength(8);
    expect(variants[0]).toEqual(['da', 'db', 'dc', 'dd', 'de', 'df']);
    expect(variants.every((variant) => variant.slice(3).join() === 'dd,de,df')).toBe(true);
    expect(expandVariants(['da', 'db'], 1)).toEqual([['da', 'db']]);
  });

  it('returns one empty query for no syllables', () => {
    expect(expandVariants([])).toEqual([[]]);
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

  it.each(['tấm', 'gương', 'dân', 'kheo', 'nghiêng', 'chanh', 'hdrai', '05', '2025'])('leaves a well-formed syllable or a number alone: %s', (syllable) => {
    expect(repairSyllable(syllable)).toBe(syllable);
  });

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
});
