import { describe, expect, it } from 'vitest';
import { escapeHtml, formatCount, listSummary, markdownToPlain, squish, truncateOnWord } from '../../src/lib/text';

describe('truncateOnWord', () => {
  it('keeps short text as it is, without line breaks', () => {
    expect(truncateOnWord('Học tập\nvà làm theo  Bác', 200)).toBe('Học tập và làm theo Bác');
  });

  it('cuts on a word boundary and never mid-word', () => {
    const text = 'Toàn tỉnh có 659 mô hình hay, cách làm mới được nhân rộng ở khắp các xã, phường, thị trấn';
    const short = truncateOnWord(text, 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short.endsWith('…')).toBe(true);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(text[short.length - 1]).toMatch(/[\s,]/);
  });
});

describe('squish', () => {
  it('normalises to NFC and collapses whitespace', () => {
    expect(squish(' Bác\t Hồ '.normalize('NFD'))).toBe('Bác Hồ');
  });
});

describe('markdownToPlain', () => {
  it('drops markup, components and images but keeps link text', () => {
    const md = '## Tiêu đề\n\n<Quote source="x">Lời Bác</Quote> ![ảnh](./a.jpg) [đọc thêm](/bai-viet/a/) **đậm**';
    expect(markdownToPlain(md)).toBe('Tiêu đề Lời Bác đọc thêm đậm');
  });
});

describe('listSummary', () => {
  it('names the first few items after the count, with "…" when there are more', () => {
    expect(listSummary('3 mô hình', ['A', 'B', 'C'], { shown: 3, separator: '; ' })).toBe('3 mô hình: A; B; C.');
    expect(listSummary('5 tấm gương', ['A', 'B', 'C', 'D', 'E'], { shown: 4, separator: ', ' })).toBe('5 tấm gương: A, B, C, D…');
  });

  it('stops at 300 characters', () => {
    expect(listSummary('2 văn bản', ['x'.repeat(200), 'y'.repeat(200)], { shown: 3, separator: '; ' })).toHaveLength(300);
  });
});

describe('formatCount', () => {
  it('groups thousands with a dot, as Vietnamese print does', () => {
    expect([formatCount(999), formatCount(1154), formatCount(173600)]).toEqual(['999', '1.154', '173.600']);
  });
});

describe('escapeHtml', () => {
  it('makes text safe in an element and a double-quoted attribute', () => {
    expect(escapeHtml('a <b> & "c" ‘d’')).toBe('a &lt;b&gt; &amp; &quot;c&quot; ‘d’');
  });
});
