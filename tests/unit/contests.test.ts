import { describe, expect, it } from 'vitest';
import { contestWorkOrder, prizeList, prizeRank } from '../../src/lib/contests';

const work = (title: string, round: string, prize: string) => ({ data: { title, round: { id: round }, prize } });

describe('contest prize lists', () => {
  const prizes = ['Giải A', 'Giải B', 'Giải C'];

  it('ranks prizes by the round’s list, unlisted ones last', () => {
    expect(prizeRank(prizes, 'Giải B')).toBe(1);
    expect(prizeRank(prizes, 'Giải phụ')).toBe(3);
  });

  it('groups works by prize in the round’s order, not by title', () => {
    const groups = prizeList(prizes, [
      work('An', 'r', 'Giải C'),
      work('Ba', 'r', 'Giải A'),
      work('Ca', 'r', 'Giải phụ'),
      work('Da', 'r', 'Giải C'),
    ]);
    expect(groups.map((group) => [group.prize, group.works.map((each) => each.data.title)])).toEqual([
      ['Giải A', ['Ba']],
      ['Giải C', ['An', 'Da']],
      ['Giải phụ', ['Ca']],
    ]);
  });

  it('orders works by round, then prize, then title', () => {
    const rounds = [
      { id: 'moi', data: { prizes } },
      { id: 'cu', data: { prizes: ['Giải nhất'] } },
    ];
    const sorted = [
      work('Bé', 'cu', 'Giải nhất'),
      work('Ơn', 'moi', 'Giải B'),
      work('Ánh', 'moi', 'Giải B'),
      work('Zô', 'moi', 'Giải A'),
    ].sort(contestWorkOrder(rounds));
    expect(sorted.map((each) => each.data.title)).toEqual(['Zô', 'Ánh', 'Ơn', 'Bé']);
  });
});
