import { describe, expect, it } from 'vitest';
import { ELLIPSIS, fitTitle, titleWords, type MeasureText, type TitleBox } from '../../../src/lib/share-image/fit-title.ts';

/** Every letter (grapheme) is half an em wide: easy to reason about. */
const segmenter = new Intl.Segmenter('vi', { granularity: 'grapheme' });
const halfEm: MeasureText = (text, size) => [...segmenter.segment(text)].length * size * 0.5;

const box: TitleBox = { width: 600, maxLines: 3, maxFontSize: 72, minFontSize: 40 };
const fits = (line: string, size: number): boolean => halfEm(line, size) <= box.width;

const long =
  'Người thầy giáo già ở làng Kon Kơ Tu và hơn ba mươi năm bền bỉ đưa con chữ đến với trẻ em vùng cao, giữ lửa cho những lớp học xóa mù chữ ban đêm';

describe('fitTitle', () => {
  it('keeps a short title at the largest size on one line', () => {
    expect(fitTitle('Trang chủ', halfEm, box)).toEqual({ lines: ['Trang chủ'], fontSize: 72, truncated: false });
  });

  it('shrinks a longer title until it fits the allowed lines', () => {
    const title = 'Những tấm gương bình dị ở Đăk Hà, Sa Thầy và Ngọc Hồi được tuyên dương';
    const fitted = fitTitle(title, halfEm, box);
    expect(fitted.truncated).toBe(false);
    expect(fitted.fontSize).toBeLessThan(72);
    expect(fitted.lines.length).toBeLessThanOrEqual(box.maxLines);
    for (const line of fitted.lines) expect(fits(line, fitted.fontSize)).toBe(true);
  });

  it('picks the largest size that fits: one step larger would not', () => {
    const title = 'Những tấm gương bình dị ở Đăk Hà, Sa Thầy và Ngọc Hồi được tuyên dương';
    const fitted = fitTitle(title, halfEm, box);
    const larger = fitted.fontSize + 2;
    expect(fitTitle(title, halfEm, { ...box, maxFontSize: larger, minFontSize: larger }).truncated).toBe(true);
  });

  it('breaks only between words, keeping every word in order', () => {
    const fitted = fitTitle(long, halfEm, { ...box, maxLines: 6 });
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.join(' ')).toBe(titleWords(long).join(' '));
  });

  it('balances the lines instead of leaving a lone last word', () => {
    const narrow = { width: 1140, maxLines: 2, maxFontSize: 60, minFontSize: 60 };
    const fitted = fitTitle('Bác Hồ với đồng bào các dân tộc Tây Nguyên', halfEm, narrow);
    const lengths = fitted.lines.map((line) => line.length);
    expect(fitted.lines.length).toBe(2);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(8);
  });

  it('truncates at a word boundary with an ellipsis when even the smallest size overflows', () => {
    const fitted = fitTitle(`${long} ${long}`, halfEm, box);
    expect(fitted).toMatchObject({ fontSize: 40, truncated: true });
    expect(fitted.lines).toHaveLength(box.maxLines);
    const last = fitted.lines.at(-1) ?? '';
    expect(last.endsWith(ELLIPSIS)).toBe(true);
    expect(last).not.toMatch(/[,;:.]…$/u);
    for (const line of fitted.lines) expect(fits(line, 40)).toBe(true);
    const shown = fitted.lines.join(' ').slice(0, -ELLIPSIS.length).split(' ');
    expect(shown).toEqual(
      titleWords(`${long} ${long}`)
        .slice(0, shown.length)
        .map((word, index) => (index === shown.length - 1 ? word.replace(/,$/u, '') : word)),
    );
  });

  it('cuts a single word longer than the box as a last resort, still with an ellipsis', () => {
    const fitted = fitTitle('Siêu'.repeat(20), halfEm, box);
    expect(fitted.truncated).toBe(true);
    expect(fitted.lines).toHaveLength(1);
    expect(fitted.lines[0]?.endsWith(ELLIPSIS)).toBe(true);
    expect(fits(fitted.lines[0] ?? '', 40)).toBe(true);
  });

  it('normalises to NFC: decomposed input gives the same precomposed lines', () => {
    const title = 'Những tấm gương bình dị ở Đăk Hà: ệ ữ ặ ồ ẫ ỗ';
    const fromNfd = fitTitle(title.normalize('NFD'), halfEm, box);
    expect(fromNfd).toEqual(fitTitle(title.normalize('NFC'), halfEm, box));
    expect(fromNfd.lines.join(' ')).toBe(title.normalize('NFC'));
  });

  it('never breaks at a no-break space', () => {
    const fitted = fitTitle('Trao tặng 1\u00A0000 suất quà', halfEm, { ...box, width: 300, maxFontSize: 40 });
    expect(fitted.lines.some((line) => line.includes('1\u00A0000'))).toBe(true);
  });

  it('collapses runs of white space and gives no lines for an empty title', () => {
    expect(fitTitle('  Bài \n viết  ', halfEm, box).lines).toEqual(['Bài viết']);
    expect(fitTitle('   ', halfEm, box).lines).toEqual([]);
  });
});
