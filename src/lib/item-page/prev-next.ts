/** The previous/next links at the foot of an item page, for lists kept in either reading direction. */
import { neighbours } from '../related';

/** A link to a neighbouring item, with its label ("Bài trước"). */
export interface NeighbourLink {
  href: string;
  title: string;
  label: string;
}

/** The labels and reading direction of one sequence. */
export interface Sequence<T> {
  /** How an item becomes a link. */
  link: (item: T) => { href: string; title: string };
  /** Label of the link back ("Bài trước"). */
  previousLabel: string;
  /** Label of the link on ("Bài sau"). */
  nextLabel: string;
  /** True when the list is newest first: the item read before is then the one after it in the list. */
  newestFirst?: boolean;
}

/** The links to the items read before and after `items[index]`. */
export function prevNextLinks<T>(
  items: readonly T[],
  index: number,
  sequence: Sequence<T>,
): { previous?: NeighbourLink; next?: NeighbourLink } {
  const around = neighbours(items, index);
  const [before, after] = sequence.newestFirst ? [around.next, around.previous] : [around.previous, around.next];
  return {
    previous: before === undefined ? undefined : { ...sequence.link(before), label: sequence.previousLabel },
    next: after === undefined ? undefined : { ...sequence.link(after), label: sequence.nextLabel },
  };
}
