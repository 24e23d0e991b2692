import { describe, expect, it } from 'vitest';
import { curlyQuotes } from '../../src/lib/typography';

describe('curlyQuotes', () => {
  it.each([
    ['lời dặn "trồng người" và', 'lời dặn “trồng người” và'],
    ['"Tết trồng cây" đăng báo', '“Tết trồng cây” đăng báo'],
    ['Bài «Dân vận», báo Sự thật', 'Bài “Dân vận”, báo Sự thật'],
    ['Bác nói: "Đoàn kết." Rồi', 'Bác nói: “Đoàn kết.” Rồi'],
    ['("trồng cây")', '(“trồng cây”)'],
    ['đã “cong” rồi', 'đã “cong” rồi'],
  ])('%s', (input, expected) => {
    expect(curlyQuotes(input)).toBe(expected);
  });
});
