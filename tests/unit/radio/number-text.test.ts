import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../../src/lib/radio/number-text';

describe('readNumbers', () => {
  it.each([
    ['năm 1890', 'năm một nghìn tám trăm chín mươi'],
    ['có 10.930 lượt', 'có mười nghìn chín trăm ba mươi lượt'],
    ['1,5 tỷ đồng', 'một phẩy năm tỷ đồng'],
    ['nhiệt độ -2 độ', 'nhiệt độ âm hai độ'],
    ['(-5)', '(âm năm)'],
    ['COVID-19', 'COVID mười chín'],
    ['QH13', 'QH mười ba'],
    ['5G', 'năm G'],
    ['Trung ương 4 (khóa XII).', 'Trung ương bốn (khóa XII).'],
    ['05 đồng chí', 'năm đồng chí'],
    ['năm 2020.', 'năm hai nghìn không trăm hai mươi.'],
    ['1, 2 và 3', 'một, hai và ba'],
  ])('%s → %s', (written, spoken) => {
    expect(readNumbers(written)).toBe(spoken);
  });

  it('leaves no Arabic digit', () => {
    expect(readNumbers('a1b22c333 4.5.6 7,8 -9 10-11')).not.toMatch(/[0-9]/u);
  });
});
