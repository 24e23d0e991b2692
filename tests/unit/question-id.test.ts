import { describe, expect, it } from 'vitest';
import { questionId } from '../../src/lib/question-id';

describe('questionId', () => {
  it('names a question by its ISO year and two-digit week', () => {
    expect(questionId({ year: 2024, week: 7 })).toBe('2024-tuan-07');
    expect(questionId({ year: 2026, week: 53 })).toBe('2026-tuan-53');
  });

  it('ignores the other front matter', () => {
    expect(questionId({ year: 2025, week: 1, question: 'Bác sinh năm nào?' })).toBe('2025-tuan-01');
  });

  it('gives nothing when the year or the week is missing or not a whole number, so the file name is used', () => {
    expect(questionId({ week: 7 })).toBeUndefined();
    expect(questionId({ year: 2024 })).toBeUndefined();
    expect(questionId({ year: '2024', week: 7 })).toBeUndefined();
    expect(questionId({ year: 2024, week: 7.5 })).toBeUndefined();
  });
});
