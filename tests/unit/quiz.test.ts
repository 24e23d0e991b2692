import { describe, expect, it } from 'vitest';
import { quizScore, scoreMessage } from '../../src/lib/quiz';

describe('quizScore', () => {
  it('counts right answers, answered questions and those left', () => {
    expect(quizScore([true, false, undefined, true])).toEqual({ right: 2, answered: 3, left: 1 });
  });
  it('starts at nothing answered', () => {
    expect(quizScore([undefined, undefined])).toEqual({ right: 0, answered: 0, left: 2 });
  });
});

describe('scoreMessage', () => {
  it('fills every placeholder, the total included', () => {
    expect(scoreMessage('{right}/{answered}, còn {left}; {right}/{total}', { right: 2, answered: 3, left: 1 })).toBe('2/3, còn 1; 2/4');
  });
});
