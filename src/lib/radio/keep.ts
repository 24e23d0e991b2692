/**
 * Tokens the editor marked "keep" (read as written, like "ASEAN" or "COVID-19") are swapped for
 * placeholder characters while the text is normalised, so no step changes or reports them, and
 * swapped back at the end. Placeholders are Unicode private-use characters, which never occur in
 * Vietnamese text and which the steps treat as part of a word.
 */
import { escapeRegExp, WORD_END, WORD_START } from './patterns';

const FIRST_PLACEHOLDER = 0xe000;
const LAST_PLACEHOLDER = 0xf8ff;

/** Text with kept tokens hidden, and the function that puts them back. */
export interface ProtectedText {
  readonly text: string;
  readonly restore: (normalised: string) => string;
}

/** How one keep list hides and restores its tokens. */
interface Keeper {
  readonly pattern: RegExp;
  readonly placeholderOf: ReadonlyMap<string, string>;
  readonly tokenOf: ReadonlyMap<string, string>;
}

/** Keepers by keep list (as JSON): every paragraph of a script, and most items, share one list. */
const keepers = new Map<string, Keeper | null>();

/** Hides each kept token (whole words only, case as written) behind a placeholder. */
export function protectTokens(text: string, keep: Iterable<string>): ProtectedText {
  const keeper = keeperFor([...keep]);
  if (keeper === null) return { text, restore: (normalised) => normalised };
  const { pattern, placeholderOf, tokenOf } = keeper;
  return {
    text: text.replace(pattern, (token) => placeholderOf.get(token) ?? token),
    restore: (normalised) => normalised.replace(/[\uE000-\uF8FF]/gu, (placeholder) => tokenOf.get(placeholder) ?? placeholder),
  };
}

/** The keeper of a keep list, built once per distinct list; null when the list keeps nothing. */
function keeperFor(keep: readonly string[]): Keeper | null {
  const key = JSON.stringify(keep);
  let keeper = keepers.get(key);
  if (keeper === undefined) {
    keeper = createKeeper(keep);
    keepers.set(key, keeper);
  }
  return keeper;
}

/** Longest tokens first, so "COVID-19" wins over "COVID"; one placeholder per token. */
function createKeeper(keep: readonly string[]): Keeper | null {
  const tokens = [...new Set(keep.map((token) => token.normalize('NFC').trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .slice(0, LAST_PLACEHOLDER - FIRST_PLACEHOLDER + 1);
  if (tokens.length === 0) return null;
  const pattern = new RegExp(`${WORD_START}(?:${tokens.map(escapeRegExp).join('|')})${WORD_END}`, 'gu');
  const placeholderOf = new Map(tokens.map((token, index) => [token, String.fromCharCode(FIRST_PLACEHOLDER + index)]));
  const tokenOf = new Map([...placeholderOf].map(([token, placeholder]) => [placeholder, token]));
  return { pattern, placeholderOf, tokenOf };
}
