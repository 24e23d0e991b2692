import { describe, expect, it } from 'vitest';
import { countUnitProblem, isCountUnit } from '../../src/lib/count-units';

describe('isCountUnit', () => {
  it.each(['lượt', 'tập thể, cá nhân', 'trường hợp', 'hội nghị', 'Lượt người', 'tập thể và cá nhân', 'tin, bài'])(
    '%s counts whole things',
    (unit) => {
      expect(isCountUnit(unit)).toBe(true);
    },
  );

  it.each(['tỷ đồng', '%', 'ha', 'km', 'người/km²', 'lượt/năm', '', 'tấn thóc', 'tập thể, tỷ đồng'])('%s may have decimals', (unit) => {
    expect(isCountUnit(unit)).toBe(false);
  });

  it('does not take a word that only begins like a count noun for one', () => {
    expect(isCountUnit('tinh bột')).toBe(false);
    expect(isCountUnit('bàiz')).toBe(false);
  });
});

describe('countUnitProblem', () => {
  it('refuses 10.93 lượt, the dotted 10.930 read by YAML, and names the likely figure', () => {
    const message = countUnitProblem(10.93, 'lượt');
    expect(message).toContain('Con số 10,93 không phải số nguyên');
    expect(message).toContain('đơn vị "lượt"');
    expect(message).toContain('Có phải ý bạn là 10930?');
  });

  it('refuses any fraction of people without guessing when the thousandfold is not whole', () => {
    const message = countUnitProblem(1.2345, 'cá nhân');
    expect(message).toContain('không phải số nguyên');
    expect(message).not.toContain('Có phải ý bạn là');
  });

  it('accepts whole counts and decimal measures', () => {
    expect(countUnitProblem(10930, 'lượt')).toBeUndefined();
    expect(countUnitProblem(1.5, 'tỷ đồng')).toBeUndefined();
  });
});
