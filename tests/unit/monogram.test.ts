import { describe, expect, it } from 'vitest';
import { monogram } from '../../src/lib/monogram';

describe('monogram', () => {
  it.each([
    ['Bà Phạm Thị Lành', 'L'],
    ['Chị Y Hnai, nhân viên y tế thôn', 'H'],
    ['Già làng A Hrui', 'H'],
    ['Cựu chiến binh Trần Văn Thuận', 'T'],
    ['Ông Rơ Châm Hlôi', 'H'],
    ['', ''],
  ])('%s → %s', (name, letter) => {
    expect(monogram(name)).toBe(letter);
  });
});
