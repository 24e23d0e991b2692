/**
 * Excerpts for search results, cut from a page's text around the words the reader typed.
 * Pagefind marks every word it matched, prefixes and folded look-alikes included ("bac ho"
 * marks "họp", "hội", "bách"); here only the reader's own words are marked.
 */
import { escapeHtml } from '../text';
import { foldDiacritics, hasDiacritics } from '../vietnamese';

/** Letters and digits only, lower case: the key two spellings of a word are compared by. */
const bare = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[^\p{L}\p{N}\p{M}]/gu, '');

/** A typed syllable as the excerpt compares it. */
interface Wanted {
  /** Folded key ("1029", "dao"). */
  folded: string;
  /** Key with marks, when the reader typed marks: then only that spelling is marked. */
  marked?: string;
  /** Whether a longer word starting with it counts (the last syllable, still being typed). */
  prefix: boolean;
}

const wantedOf = (syllables: readonly string[]): Wanted[] =>
  syllables.map((syllable, index) => ({
    folded: foldDiacritics(bare(syllable)),
    marked: hasDiacritics(syllable) ? bare(syllable) : undefined,
    prefix: index === syllables.length - 1 && [...syllable].length >= 3 && /^\p{L}+$/u.test(syllable),
  }));

/** Index into `wanted` of the syllable a page word stands for, or -1. Compounds ("19/4/1946", "1.029/QĐ-UBND") match by their leading parts. */
function matchOf(word: string, wanted: readonly Wanted[]): number {
  const parts = word.split(/[./-]/u).map(bare).filter(Boolean);
  const heads = parts.map((_, index) => parts.slice(0, index + 1).join(''));
  return wanted.findIndex(({ folded, marked, prefix }) =>
    heads.some((head) => {
      const key = marked ?? folded;
      const own = marked ? head : foldDiacritics(head);
      return own === key || (prefix && own.startsWith(key));
    }),
  );
}

/**
 * An excerpt of `length` words from `text`: the stretch with the most different typed
 * syllables in it (then the most matches, then the earliest), HTML-escaped, with the reader's
 * words in <mark>. Without a match, the text's beginning.
 */
export function excerptFor(text: string, syllables: readonly string[], length: number): string {
  const words = text.split(/\s+/u).filter(Boolean);
  const wanted = wantedOf(syllables);
  const matches = words.map((word) => matchOf(word, wanted));
  let best = { start: 0, distinct: 0, total: 0 };
  for (let start = 0; start < Math.max(1, words.length - length + 1); start++) {
    const window = matches.slice(start, start + length).filter((match) => match >= 0);
    const distinct = new Set(window).size;
    if (distinct > best.distinct || (distinct === best.distinct && window.length > best.total))
      best = { start, distinct, total: window.length };
  }
  // Start a little before the first match, so the reader sees the words leading to it.
  const first = matches.findIndex((match, index) => index >= best.start && match >= 0);
  const start = best.distinct ? Math.max(0, Math.min(best.start, first - 3)) : 0;
  return words
    .slice(start, start + length)
    .map((word, index) => (matches[start + index]! >= 0 ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}

/**
 * Whether a page's text holds every syllable, anywhere inside a word. Pagefind answers a word
 * it has never seen with the pages of the longest start of it that it has ("xyzqwv" finds the
 * pages of "X.Y.Z."): such a page does not hold the word, and does not count as found.
 */
export function holdsEvery(text: string, syllables: readonly string[]): boolean {
  const words = new Set(text.split(/\s+/u).map((word) => foldDiacritics(bare(word))));
  return syllables.every((syllable) => {
    const key = foldDiacritics(bare(syllable));
    return !key || [...words].some((word) => word.includes(key));
  });
}
