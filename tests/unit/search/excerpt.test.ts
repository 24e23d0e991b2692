import { describe, expect, it } from 'vitest';
import { excerptFor, holdsEvery } from '../../../src/lib/search/excerpt';

const marked = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/gu)].map((match) => match[1]);

describe('excerptFor', () => {
  const text = 'Kế hoạch họp hội nghị bách khoa. Sau đó Bác Hồ căn dặn cán bộ giữ gìn đạo đức cách mạng.';

  it('marks the words the reader typed, never prefixes or look-alikes', () => {
    expect(marked(excerptFor(text, ['bac', 'ho'], 30))).toEqual(['Bác', 'Hồ']);
  });

  it('marks đ-words typed without marks', () => {
    expect(marked(excerptFor(text, ['dao', 'duc'], 30))).toEqual(['đạo', 'đức']);
  });

  it('with marks typed, marks only that spelling', () => {
    expect(marked(excerptFor('Bác và bạc, bác sĩ', ['bác'], 30))).toEqual(['Bác', 'bác']);
  });

  it('cuts the stretch around the typed words', () => {
    const long = `${'một hai ba '.repeat(30)}giữ gìn đạo đức cách mạng ${'bốn năm sáu '.repeat(30)}`;
    const excerpt = excerptFor(long, ['đạo', 'đức'], 12);
    expect(excerpt.split(' ')).toHaveLength(12);
    expect(marked(excerpt)).toEqual(['đạo', 'đức']);
  });

  it('matches numbers, dates and codes by their leading parts', () => {
    const figures = 'Quyết định 1.029/QĐ-UBND ngày 19/4/1946, năm 1946 có 1029 người theo Chỉ thị 05-CT/TW.';
    expect(marked(excerptFor(figures, ['1.029'], 30))).toEqual(['1.029/QĐ-UBND', '1029']);
    expect(marked(excerptFor(figures, ['19/4'], 30))).toEqual(['19/4/1946,']);
    expect(marked(excerptFor(figures, ['05-ct/tw'], 30))).toEqual(['05-CT/TW.']);
  });

  it('escapes the page text', () => {
    expect(excerptFor('a <b> & "c"', ['x'], 10)).toBe('a &lt;b&gt; &amp; &quot;c&quot;');
  });
});

describe('holdsEvery', () => {
  const text = 'Ngày 15/ 10/ 1949, báo Sự thật d\u0335ăng bài “Dân vận” ký tên X.Y.Z. theo Chỉ thị 05-CT/TW';

  it('finds each syllable inside a word, folded, d with a stroke as d, codes and dates by their parts', () => {
    expect(holdsEvery(text, ['dang', 'van', 'xyz', 'ct', '05-ct/tw', '1949', 'ngay'])).toBe(true);
    expect(holdsEvery(text, ['dân', 'vận'])).toBe(true);
  });

  it('does not count a page holding only the start of a word nobody wrote', () => {
    expect(holdsEvery(text, ['xyzqwv'])).toBe(false);
    expect(holdsEvery(text, ['dân', 'xyzq'])).toBe(false);
  });

  it('holds an empty query', () => {
    expect(holdsEvery(text, [])).toBe(true);
  });
});
