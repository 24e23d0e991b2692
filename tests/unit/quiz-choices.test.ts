import { describe, expect, it } from 'vitest';
import { repeatedChoiceMessage, repeatedChoices } from '../../src/lib/quiz-choices';

describe('repeatedChoices', () => {
  it('finds a choice that repeats an earlier one as a reader sees it', () => {
    expect(repeatedChoices(['“Thi đua là yêu nước”', 'Dân ta phải biết sử ta', 'thi đua là  yêu nước.'])).toEqual([[0, 2]]);
  });

  it('finds every repeat, each against the first of its kind', () => {
    expect(repeatedChoices(['A', 'B', 'A', 'a'])).toEqual([
      [0, 2],
      [0, 3],
    ]);
  });

  it('accepts distinct choices, even close ones', () => {
    expect(repeatedChoices(['Ngày 10/5/1965', 'Ngày 10/5/1969', 'Ngày 19/5/1965'])).toEqual([]);
  });
});

describe('repeatedChoiceMessage', () => {
  it('counts from 1 and quotes the choice, in Vietnamese', () => {
    expect(repeatedChoiceMessage(0, 2, ' Nhân tài ')).toBe(
      'Phương án 3 giống phương án 1 ("Nhân tài"): mỗi phương án phải khác nhau. (duplicate choice)',
    );
  });
});
