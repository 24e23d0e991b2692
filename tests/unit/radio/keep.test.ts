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

  it('gives the same result when the same list is used again', () => {
    const keep = ['ASEAN', 'COVID-19'];
    const first = protectTokens('ASEAN, COVID-19', keep);
    const again = protectTokens('ASEAN, COVID-19', [...keep]);
    expect(again.text).toBe(first.text);
    expect(again.restore(again.text)).toBe('ASEAN, COVID-19');
  });

  it('keeps different lists apart', () => {
    expect(protectTokens('ASEAN WHO', ['ASEAN']).text).toMatch(/^\S WHO$/u);
    expect(protectTokens('ASEAN WHO', ['WHO']).text).toMatch(/^ASEAN \S$/u);
    expect(protectTokens('A,B', ['A,B']).text).toHaveLength(1);
    expect(protectTokens('A,B', ['A', 'B']).text).toHaveLength(3);
  });

  it('reads the list anew on every call, so a changed list takes effect', () => {
    const keep = ['ASEAN'];
    expect(protectTokens('WHO', keep).text).toBe('WHO');
    keep.push('WHO');
    expect(protectTokens('WHO', keep).text).not.toBe('WHO');
  });
});
