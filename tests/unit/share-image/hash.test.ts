import { describe, expect, it } from 'vitest';
import { hashBytes } from '../../../src/lib/share-image/hash.ts';

describe('hashBytes', () => {
  it('hashes strings and bytes alike', () => {
    expect(hashBytes('Bác')).toBe(hashBytes(Buffer.from('Bác', 'utf8')));
    expect(hashBytes('Bác')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps part boundaries, so ["ab", "c"] and ["a", "bc"] differ', () => {
    expect(hashBytes('ab', 'c')).not.toBe(hashBytes('a', 'bc'));
  });
});
