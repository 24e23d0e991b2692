/** Vietnamese sentences and paragraphs assembled from the domain vocabulary. */
import { countSyllables } from '../../src/lib/vietnamese.ts';
import { ROLES, personName, villageName } from './names.ts';
import type { Random } from './random.ts';
import { ACTIONS, DATES, LINKS, OBJECTS, OPENERS, PLACES, REFLECTIONS, RESULTS, SAYINGS, SUBJECTS } from './vocabulary.ts';

const numbers = new Intl.NumberFormat('vi-VN');

/** A figure written the Vietnamese way: 10930 → "10.930". */
export function viNumber(value: number): string {
  return numbers.format(value);
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** Shortens text to at most `max` characters: after its last whole sentence that fits, else at a word boundary. */
export function fitText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const sentenceEnd = cut.lastIndexOf('. ');
  if (sentenceEnd > max / 3) return cut.slice(0, sentenceEnd + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ', max - 1)).replace(/[\s,;:–-]+$/u, '')}.`;
}

/** A result clause with its figures filled in. */
function result(random: Random): string {
  return random
    .pick(RESULTS)
    .replace('{n}', viNumber(random.pick([random.int(12, 95), random.int(120, 980), random.int(1_000, 25_000)])))
    .replace('{p}', `${random.int(2, 18)},${random.int(1, 9)}`);
}

/** One sentence: who did what, where, with what result. */
export function sentence(random: Random): string {
  const roll = random.next();
  if (roll < 0.1) return random.pick(REFLECTIONS);
  if (roll < 0.2)
    return `${capitalise(random.pick(ROLES))} ${personName(random)} (${villageName(random)}) chia sẻ: “${random.pick(SAYINGS)}”`;
  if (roll < 0.27)
    return `${capitalise(random.pick(DATES))}, ${random.pick(SUBJECTS).toLocaleLowerCase('vi')} ${villageName(random)} ${random.pick(ACTIONS)} ${random.pick(OBJECTS)}.`;
  const opener = random.chance(0.45) ? `${random.pick(OPENERS)} ` : '';
  const place = random.chance(0.5) ? ` ${random.chance(0.5) ? random.pick(PLACES) : villageName(random)}` : '';
  return capitalise(`${opener}${sentenceAbout(random, `${random.pick(SUBJECTS)}${place}`)}`);
}

/** A sentence about a given subject: what it did and, often, with what result. */
export function sentenceAbout(random: Random, subject: string): string {
  const tail = random.chance(0.7) ? `, ${random.pick(LINKS)} ${result(random)}` : '';
  return `${subject} ${random.pick(ACTIONS)} ${random.pick(OBJECTS)}${tail}.`;
}

/** What a paragraph may tell besides the domain's common sentences: one item's own facts, and how often. */
export interface Teller {
  tell: () => string;
  share: number;
}

/** A paragraph of about `words` words, part of it told by `teller` when there is one. */
export function paragraph(random: Random, words: number, teller?: Teller): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const next = teller && random.chance(teller.share) ? teller.tell() : sentence(random);
    sentences.push(next);
    count += countSyllables(next);
  }
  return sentences.join(' ');
}
