import { describe, expect, it } from 'vitest';
import { toTextFile } from '../../../src/lib/radio/text-file';

describe('toTextFile', () => {
  it('starts with a UTF-8 byte-order mark', () => {
    const file = toTextFile('Kính thưa bà con');
    expect(file.charCodeAt(0)).toBe(0xfeff);
    expect([...Buffer.from(file, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it.each([
    ['một\ntwo', '\uFEFFmột\r\ntwo'],
    ['một\r\nhai', '\uFEFFmột\r\nhai'],
    ['một\rhai', '\uFEFFmột\r\nhai'],
    ['một\n\nhai', '\uFEFFmột\r\n\r\nhai'],
    ['\uFEFFmột', '\uFEFFmột'],
  ])('%j → %j', (text, file) => {
    expect(toTextFile(text)).toBe(file);
  });

  it('keeps Vietnamese letters intact in UTF-8', () => {
    const bytes = Buffer.from(toTextFile('Đảng'), 'utf8');
    expect(bytes.toString('utf8')).toBe('\uFEFFĐảng');
  });
});
