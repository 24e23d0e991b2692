import { describe, expect, it } from 'vitest';
import { protectTokens } from '../../../src/lib/radio/keep';

describe('protectTokens', () => {
  it('hides kept tokens and puts them back', () => {
    const kept = protectTokens('ASEAN và COVID-19 tại ASEAN', ['ASEAN', 'COVID-19']);
    expect(kept.text).not.toMatch(/ASEAN|COVID|19/u);
    expect(kept.restore(kept.text)).toBe('ASEAN và COVID-19 tại ASEAN');
  });

  it('prefers the longest kept token', () => {
    const kept = protectTokens('COVID-19', ['COVID', 'COVID-19']);
    expect([...kept.text]).toHaveLength(1);
  });

  it.each([
    ['ASEANS', 'ASEAN'],
    ['asean', 'ASEAN'],
  ])('leaves %j alone when keeping %j', (text, token) => {
    expect(protectTokens(text, [token]).text).toBe(text);
  });

  it('is a no-op without tokens', () => {
    const kept = protectTokens('UBND', []);
    expect(kept.text).toBe('UBND');
    expect(kept.restore('x')).toBe('x');
  });
});
