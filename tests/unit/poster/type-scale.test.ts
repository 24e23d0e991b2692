import { describe, expect, it } from 'vitest';
import { POSTER_STEPS, posterType } from '../../../src/lib/poster/type-scale';

describe('posterType', () => {
  it('sets a short saying in the largest type', () => {
    expect(posterType(35, 100)).toEqual(POSTER_STEPS[0]);
  });

  it('sets longer text smaller, never larger', () => {
    const sizes = [50, 150, 300, 600, 1000].map((length) => posterType(length, 200).title);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBeGreaterThan(2);
  });

  it('counts the body too: the same title is smaller under a long body', () => {
    expect(posterType(40, 800).title).toBeLessThan(posterType(40, 50).title);
  });

  it('falls back to the smallest step when nothing fits', () => {
    expect(posterType(5000, 5000)).toEqual(POSTER_STEPS[POSTER_STEPS.length - 1]);
  });
});
