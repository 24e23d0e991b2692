import { describe, expect, it } from 'vitest';
import { htmlToScript } from '../../../src/lib/radio/html-to-script';

const read = (html: string) => htmlToScript(html).paragraphs;

describe('tables', () => {
  it('reads each body row with its column headings, after the caption', () => {
    const html = `<table><caption>Mô hình hay theo huyện</caption>
      <thead><tr><th>Huyện</th><th>Số mô hình</th></tr></thead>
      <tbody><tr><td>Đăk Hà</td><td>120</td></tr><tr><td>Kon Rẫy</td><td>45</td></tr></tbody></table>`;
    expect(read(html)).toEqual([
      'Số liệu trong bảng: Mô hình hay theo huyện.',
      'Huyện: Đăk Hà; Số mô hình: 120.',
      'Huyện: Kon Rẫy; Số mô hình: 45.',
    ]);
  });

  it('joins cells with commas when there is no heading row', () => {
    expect(read('<table><tr><td>Đăk Hà</td><td>120</td></tr></table>')).toEqual(['Đăk Hà, 120.']);
  });

  it('skips empty cells and rows', () => {
    const html = '<table><tr><th>A</th><th>B</th></tr><tr><td>một</td><td></td></tr><tr><td></td><td></td></tr></table>';
    expect(read(html)).toEqual(['A: một.']);
  });
});
