/**
 * How a contest round's winning works are ordered and grouped: by the rank of their prize in the
 * round's own list (`prizes`), so "Giải A" comes before "Giải B" whatever the titles say, and a
 * prize the round does not list goes last rather than vanishing from the prize list.
 */
import { compareVietnamese } from './vietnamese';

/** What ordering reads of a round. */
export interface RoundLike {
  id: string;
  data: { prizes: readonly string[] };
}

/** What ordering reads of a work. */
export interface WorkLike {
  data: { round: { id: string }; prize: string; title: string };
}

/** A prize's rank in its round's list; unlisted prizes rank after every listed one. */
export function prizeRank(prizes: readonly string[], prize: string): number {
  const rank = prizes.indexOf(prize);
  return rank === -1 ? prizes.length : rank;
}

/** Orders works by their round's place in `rounds`, then by prize rank, then by title. */
export function contestWorkOrder(rounds: readonly RoundLike[]): (a: WorkLike, b: WorkLike) => number {
  const roundRank = new Map(rounds.map((round, index) => [round.id, index]));
  const prizesOf = new Map(rounds.map((round) => [round.id, round.data.prizes]));
  const rank = (work: WorkLike) => prizeRank(prizesOf.get(work.data.round.id) ?? [], work.data.prize);
  return (a, b) =>
    (roundRank.get(a.data.round.id) ?? rounds.length) - (roundRank.get(b.data.round.id) ?? rounds.length) ||
    rank(a) - rank(b) ||
    compareVietnamese(a.data.title, b.data.title);
}

/** One prize of a round's list with the works that won it. */
export interface PrizeGroup<Work> {
  prize: string;
  works: Work[];
}

/** A round's prize list: its works grouped by prize, in the round's order of prizes (unlisted prizes last, in order met). */
export function prizeList<Work extends WorkLike>(prizes: readonly string[], works: readonly Work[]): PrizeGroup<Work>[] {
  const groups = new Map<string, Work[]>();
  const sorted = [...works].sort((a, b) => prizeRank(prizes, a.data.prize) - prizeRank(prizes, b.data.prize));
  for (const work of sorted) groups.set(work.data.prize, [...(groups.get(work.data.prize) ?? []), work]);
  return [...groups].map(([prize, grouped]) => ({ prize, works: grouped }));
}
