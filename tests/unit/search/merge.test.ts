import { describe, expect, it } from 'vitest';
import { bestPerPage, mergeRanked, pairWeights, rankWithBoosts, sortByOrder } from '../../../src/lib/search/merge';

const r = (id: string, score: number, from = '') => ({ id, score, from });

describe('bestPerPage', () => {
  it('keeps each page once, with the result that scored best', () => {
    const best = bestPerPage([[r('a', 1, 'dao'), r('b', 3, 'dao')], [r('a', 2, 'đao')], []]);
    expect([...best.keys()].sort()).toEqual(['a', 'b']);
    expect(best.get('a')).toEqual(r('a', 2, 'đao'));
    expect(best.get('b')?.score).toBe(3);
  });
});

describe('rankWithBoosts', () => {
  const best = bestPerPage([[r('apart', 10), r('phrase', 4), r('half', 6)]]);

  it('lifts pages where adjacent syllables stand side by side', () => {
    const ranked = rankWithBoosts(best, { pairHits: [new Set(['phrase', 'half']), new Set(['phrase'])], phraseBoost: 10, markBoost: 10 });
    expect(ranked.map((page) => page.id)).toEqual(['phrase', 'half', 'apart']);
    expect(ranked[0]?.score).toBe(44);
    expect(ranked[2]?.score).toBe(10);
  });

  it('weighs a rare pair above a common one', () => {
    const [common, rare] = pairWeights([new Set(['a', 'b', 'c']), new Set(['a'])], 4);
    expect(rare).toBeGreaterThan(common!);
    const pages = bestPerPage([[r('common-only', 5), r('rare-only', 5)]]);
    const ranked = rankWithBoosts(pages, {
      pairHits: [new Set(['common-only', 'x', 'y']), new Set(['rare-only'])],
      phraseBoost: 10,
      markBoost: 0,
    });
    expect(ranked[0]?.id).toBe('rare-only');
  });

  it('ranks the page with the whole query as typed above one with every pair apart', () => {
    const pages = bestPerPage([[r('pairs', 6), r('whole', 5)]]);
    const both = new Set(['pairs', 'whole']);
    const ranked = rankWithBoosts(pages, { pairHits: [both, both], wholePhrase: new Set(['whole']), phraseBoost: 10, markBoost: 0 });
    expect(ranked.map((page) => page.id)).toEqual(['whole', 'pairs']);
  });

  it('lifts pages with the typed marks above look-alikes', () => {
    const ranked = rankWithBoosts(best, { pairHits: [], phraseBoost: 10, exactMarks: new Set(['phrase']), markBoost: 10 });
    expect(ranked.map((page) => page.id)).toEqual(['phrase', 'apart', 'half']);
  });

  it('keeps Pagefind order when nothing applies, and hands back the original results', () => {
    const ranked = rankWithBoosts(best, { pairHits: [], phraseBoost: 0, markBoost: 0 });
    expect(ranked.map((page) => page.id)).toEqual(['apart', 'half', 'phrase']);
    expect(ranked[0]?.result).toBe(best.get('apart'));
  });
});

describe('mergeRanked', () => {
  it('merges lists, each page once with its best score, best first', () => {
    const a = { id: 'a', score: 1, result: r('a', 1) };
    const b = { id: 'b', score: 5, result: r('b', 5) };
    const a2 = { id: 'a', score: 7, result: r('a', 7) };
    expect(mergeRanked([[a, b], [a2]])).toEqual([a2, b]);
  });
});

describe('sortByOrder', () => {
  it('orders by a precomputed position and puts unknown pages last', () => {
    const order = new Map([
      ['new', 0],
      ['old', 1],
    ]);
    expect(sortByOrder([{ id: 'x' }, { id: 'old' }, { id: 'new' }], order).map((item) => item.id)).toEqual(['new', 'old', 'x']);
  });
});
