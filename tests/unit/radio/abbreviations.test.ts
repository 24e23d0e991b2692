import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createDictionary, expandAbbreviations, mergeDictionaries, type AbbreviationEntry } from '../../../src/lib/radio/abbreviations';

const dictionary = createDictionary([
  { id: 'UBND', spoken: 'Ủy ban nhân dân' },
  { id: 'HĐND', spoken: 'Hội đồng nhân dân' },
  { id: 'TW', spoken: 'Trung ương' },
  { id: 'T.Ư', spoken: 'Trung ương' },
  { id: 'TƯ', spoken: 'Trung ương' },
  { id: 'CT/TW', spoken: 'Chỉ thị của Trung ương' },
  { id: 'TP', spoken: 'Thành phố' },
  { id: 'TP.', spoken: 'Thành phố' },
  { id: 'HCM', spoken: 'Hồ Chí Minh' },
  { id: 'KT-XH', spoken: 'kinh tế - xã hội' },
  { id: 'TTg', spoken: 'Thủ tướng Chính phủ' },
  { id: 'BTV', spoken: 'Ban Thường vụ' },
]);

describe('expandAbbreviations', () => {
  it.each([
    ['Chủ tịch UBND xã', 'Chủ tịch Ủy ban nhân dân xã'],
    ['HĐND tỉnh', 'Hội đồng nhân dân tỉnh'],
    ['BTV Tỉnh ủy', 'Ban Thường vụ Tỉnh ủy'],
    ['của TW.', 'của Trung ương.'],
    ['Ban Chấp hành T.Ư Đảng', 'Ban Chấp hành Trung ương Đảng'],
    ['TƯ Đoàn', 'Trung ương Đoàn'],
    ['văn bản CT/TW', 'văn bản Chỉ thị của Trung ương'],
    ['TP. Kon Tum', 'Thành phố Kon Tum'],
    ['TP.HCM', 'Thành phố Hồ Chí Minh'],
    ['TP Kon Tum', 'Thành phố Kon Tum'],
    ['phát triển KT-XH', 'phát triển kinh tế - xã hội'],
    ['(UBND)', '(Ủy ban nhân dân)'],
    ['QĐ-TTg', 'QĐ-Thủ tướng Chính phủ'],
  ])('%s → %s', (written, spoken) => {
    expect(expandAbbreviations(written, dictionary)).toBe(spoken);
  });

  it.each(['UBNDX', 'xUBND', 'ubnd', 'TWO', 'TPHCM', 'Ttg'])('does not expand inside or case-changed words: %j', (written) => {
    expect(expandAbbreviations(written, dictionary)).toBe(written);
  });

  it('does nothing with an empty dictionary', () => {
    expect(expandAbbreviations('UBND', new Map())).toBe('UBND');
  });
});

describe('createDictionary and mergeDictionaries', () => {
  it('builds from an item record, trimming and NFC-normalising', () => {
    const item = createDictionary({ ' BQL ': 'Ban quản lý', HĐND: 'Hội đồng nhân dân'.normalize('NFD'), EMPTY: ' ' });
    expect([...item]).toEqual([
      ['BQL', 'Ban quản lý'],
      ['HĐND', 'Hội đồng nhân dân'],
    ]);
  });

  it('lets an item override win over the site dictionary', () => {
    const merged = mergeDictionaries(dictionary, createDictionary({ BTV: 'biên tập viên', BQL: 'Ban quản lý' }));
    expect(expandAbbreviations('Gồm BTV và BQL của UBND', merged)).toBe('Gồm biên tập viên và Ban quản lý của Ủy ban nhân dân');
    expect(expandAbbreviations('BTV', dictionary)).toBe('Ban Thường vụ');
  });

  it('gives words that open a sentence a capital, and leaves them as written inside one', () => {
    const people = createDictionary({ 'Đ/c': 'đồng chí', CB: 'cán bộ' });
    expect(expandAbbreviations('Đ/c Nguyễn Văn A dự. CB xã và Đ/c B cùng đi!\nCB thôn', people)).toBe(
      'Đồng chí Nguyễn Văn A dự. Cán bộ xã và đồng chí B cùng đi!\nCán bộ thôn',
    );
  });

  it('returns the first dictionary itself when the other layers add nothing', () => {
    expect(mergeDictionaries(dictionary)).toBe(dictionary);
    expect(mergeDictionaries(dictionary, new Map(), createDictionary({}))).toBe(dictionary);
    const same = createDictionary({ BTV: dictionary.get('BTV') ?? '' });
    expect(mergeDictionaries(dictionary, same)).toBe(dictionary);
  });

  it('makes a new dictionary when a layer adds or changes an entry, leaving the first as it was', () => {
    const added = mergeDictionaries(dictionary, createDictionary({ BQL: 'Ban quản lý' }));
    expect(added).not.toBe(dictionary);
    expect(added.get('BQL')).toBe('Ban quản lý');
    expect(dictionary.has('BQL')).toBe(false);
    const changed = mergeDictionaries(dictionary, createDictionary({ BTV: 'biên tập viên' }));
    expect(changed).not.toBe(dictionary);
    expect(changed.get('BTV')).toBe('biên tập viên');
    expect([...changed.keys()]).toEqual([...dictionary.keys()]);
  });

  it('merges nothing into an empty dictionary', () => {
    expect([...mergeDictionaries()]).toEqual([]);
  });
});

describe('content/radio/viet-tat.yaml', () => {
  const entries = parse(readFileSync('content/radio/viet-tat.yaml', 'utf8')) as AbbreviationEntry[];

  it('has at least 40 entries with unique ids and no digits in ids', () => {
    expect(entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    expect(entries.filter((entry) => /\d/u.test(entry.id))).toEqual([]);
  });

  it.each([
    ['UBND', 'Ủy ban nhân dân'],
    ['BTV', 'Ban Thường vụ'],
    ['NQ/TW', 'Nghị quyết của Trung ương'],
    ['CT/TW', 'Chỉ thị của Trung ương'],
    ['KL/TW', 'Kết luận của Trung ương'],
    ['BTGDV', 'Ban Tuyên giáo và Dân vận'],
    ['T.Ư', 'Trung ương'],
  ])('reads %s as %s', (id, spoken) => {
    expect(createDictionary(entries).get(id)).toBe(spoken);
  });

  it('never reads a Party document mark as a plenum ("Nghị quyết Trung ương")', () => {
    const dictionary = createDictionary(entries);
    expect(expandAbbreviations('các văn bản NQ/TW', dictionary)).toBe('các văn bản Nghị quyết của Trung ương');
    expect(expandAbbreviations('BTGDV Tỉnh ủy', dictionary)).toBe('Ban Tuyên giáo và Dân vận Tỉnh ủy');
  });
});
