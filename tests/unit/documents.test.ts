import { describe, expect, it } from 'vitest';
import { documentLabel, documentShortName, documentYear } from '../../src/lib/documents';

describe('documentYear', () => {
  it('files a document under its own year, else its year of issue', () => {
    expect(documentYear({ year: 2021, issued: new Date('2020-12-30') })).toBe(2021);
    expect(documentYear({ issued: new Date('2016-05-15') })).toBe(2016);
  });

  it('reads the year of issue in UTC, as the schema parses dates', () => {
    expect(documentYear({ issued: new Date('2019-01-01T00:00:00Z') })).toBe(2019);
    expect(documentYear({ issued: new Date('2018-12-31T23:30:00Z') })).toBe(2018);
  });

  it('gives 0 for a document with neither, which the schema refuses', () => {
    expect(documentYear({})).toBe(0);
  });
});

describe('documentLabel', () => {
  it('names a document by type and number when it has one', () => {
    expect(documentLabel({ type: 'Chỉ thị', number: '05-CT/TW' })).toBe('Chỉ thị 05-CT/TW');
    expect(documentLabel({ type: 'Chuyên đề' })).toBe('Chuyên đề');
  });
});

describe('documentShortName', () => {
  it('names a numbered document by its label, one without a number by type and year', () => {
    expect(documentShortName({ type: 'Kết luận', number: '01-KL/TW', issued: new Date('2021-05-18') })).toBe('Kết luận 01-KL/TW');
    expect(documentShortName({ type: 'Chuyên đề', year: 2019 })).toBe('Chuyên đề 2019');
    expect(documentShortName({ type: 'Hướng dẫn', issued: new Date('2022-03-01') })).toBe('Hướng dẫn 2022');
  });
});
