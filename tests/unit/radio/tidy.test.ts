import { describe, expect, it } from 'vitest';
import { tidySpacing } from '../../../src/lib/radio/tidy';

describe('tidySpacing', () => {
  it.each([
    ['  một   hai \n ba  ', 'một hai ba'],
    ['một , hai .', 'một, hai.'],
    ['( một )', '(một)'],
    ['một,, hai', 'một, hai'],
    ['một, .', 'một.'],
    [', một', 'một'],
    ['“ một ”', '“một”'],
  ])('%j → %j', (written, tidy) => {
    expect(tidySpacing(written)).toBe(tidy);
  });
});
