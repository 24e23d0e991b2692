import { describe, expect, it } from 'vitest';
import { phraseVariety } from '../../../bench/search/phrase-variety';

describe('phraseVariety', () => {
  it('counts the 3-word spans few documents share, keyed without marks', () => {
    const figures = phraseVariety(['Bà con dân làng góp đất', 'ba con dan lang gop cong', 'Hội nghị sơ kết'], 1);
    expect(figures).toMatchObject({ documents: 3, withRareSpan: 3, positions: 10, rarePositions: 4 });
    expect(figures.withSeveralRareSpans).toBe(0);
  });

  it('skips spans with a word of figures only, as the phrase queries do', () => {
    expect(phraseVariety(['đã làm 1.250 mét đường bê tông']).positions).toBe(2);
  });

  it('judges a rare span only when one of its words is on few documents', () => {
    const words = ['ba', 'con', 'làng', 'xã', 'thôn'];
    const triples = words.flatMap((a) =>
      words.flatMap((b) => words.filter((c) => a !== b && b !== c && a !== c).map((c) => `${a} ${b} ${c}`)),
    );
    // Sixty orders of five common words, each on two documents: every span rare, every word on 72 documents.
    const common = phraseVariety([...triples, ...triples], 3);
    expect(common).toMatchObject({ documents: 120, withRareSpan: 120, withJudgeableSpan: 0 });
    const named = phraseVariety([...triples, ...triples, 'ba con Hmưn'], 3);
    expect(named).toMatchObject({ withJudgeableSpan: 1, judgeablePositions: 1 });
  });
});
