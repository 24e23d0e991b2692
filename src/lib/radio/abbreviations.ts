/**
 * The abbreviation dictionary and its expansion. A dictionary is a `ReadonlyMap` from the
 * abbreviation exactly as written (case matters: "TTg", "Tp.") to the words to read. It is built
 * from the entries of content/radio/viet-tat.yaml, or from an item's own `{ "BQL": "Ban quản lý" }`
 * overrides, and layered with {@link mergeDictionaries}.
 *
 * Expansion runs after numbers are read, so keys should not contain digits; tokens like
 * "COVID-19" belong in the keep list instead.
 */
import { escapeRegExp, isWordChar, WORD_END, WORD_START } from './patterns';

/** How an abbreviation is read aloud: the parsed shape of one viet-tat.yaml entry. */
export interface AbbreviationEntry {
  readonly id: string;
  readonly spoken: string;
}

/** Abbreviation as written → words read on air. */
export type AbbreviationDictionary = ReadonlyMap<string, string>;

/** Builds a dictionary from YAML entries or from an item's `{ abbreviation: spoken }` record. */
export function createDictionary(source: Iterable<AbbreviationEntry> | Readonly<Record<string, string>>): AbbreviationDictionary {
  const pairs = isIterable(source) ? [...source].map((entry) => [entry.id, entry.spoken] as const) : Object.entries(source);
  return new Map(
    pairs
      .map(([id, spoken]) => [id.normalize('NFC').trim(), spoken.normalize('NFC').trim()] as const)
      .filter(([id, spoken]) => id !== '' && spoken !== ''),
  );
}

/**
 * Layers dictionaries: later ones (an item's overrides) win over earlier ones (the site's). When
 * the later layers change nothing, the first dictionary itself is returned, so its expansion
 * pattern, cached per dictionary, is reused.
 */
export function mergeDictionaries(...layers: readonly AbbreviationDictionary[]): AbbreviationDictionary {
  const [base, ...overrides] = layers;
  if (base !== undefined && overrides.every((layer) => isContainedIn(layer, base))) return base;
  return new Map(layers.flatMap((layer) => [...layer]));
}

/** True when every entry of the layer is already in the dictionary, read the same way. */
function isContainedIn(layer: AbbreviationDictionary, dictionary: AbbreviationDictionary): boolean {
  return [...layer].every(([abbreviation, spoken]) => dictionary.get(abbreviation) === spoken);
}

const patternCache = new WeakMap<AbbreviationDictionary, RegExp | null>();

/** Where a sentence starts: the start of the text, or after a full stop, question or exclamation mark, or a line break. */
const SENTENCE_START = /(?:^|[.!?…]["”’)]*\s+|\n\s*)$/u;

/**
 * Replaces every dictionary abbreviation in the text with its spoken words; words that open a
 * sentence get a capital ("Đ/c Nguyễn Văn A…" → "Đồng chí Nguyễn Văn A…").
 */
export function expandAbbreviations(text: string, dictionary: AbbreviationDictionary): string {
  const pattern = patternFor(dictionary);
  if (pattern === null) return text;
  return text.replace(pattern, (match, offset: number, whole: string) => {
    const words = dictionary.get(match) ?? match;
    const spoken = SENTENCE_START.test(whole.slice(0, offset)) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
    const before = isWordChar(whole[offset - 1]) ? ' ' : '';
    const after = isWordChar(whole[offset + match.length]) ? ' ' : '';
    return `${before}${spoken}${after}`;
  });
}

/**
 * One alternation of all keys, longest first so "CT/TW" wins over "TW". A key is only found as a
 * whole word: no letter or digit may touch an edge of it that is itself a letter or digit.
 */
function patternFor(dictionary: AbbreviationDictionary): RegExp | null {
  const cached = patternCache.get(dictionary);
  if (cached !== undefined) return cached;
  const keys = [...dictionary.keys()].sort((a, b) => b.length - a.length);
  const pattern =
    keys.length === 0
      ? null
      : new RegExp(
          keys
            .map((key) => {
              const start = isWordChar(key[0]) ? WORD_START : '';
              const end = isWordChar(key.at(-1)) ? WORD_END : '';
              return `${start}${escapeRegExp(key)}${end}`;
            })
            .join('|'),
          'gu',
        );
  patternCache.set(dictionary, pattern);
  return pattern;
}

function isIterable(value: unknown): value is Iterable<AbbreviationEntry> {
  return typeof value === 'object' && value !== null && Symbol.iterator in value;
}
