/**
 * Runs a reader's query against Pagefind the Vietnamese way: đ spelled as the index spells it,
 * a bonus for syllables found side by side, and repairs when nothing matched. No DOM here.
 */
import { adjacentPairs, indexSyllables, phraseQuery, querySyllables, relaxQuery, repairQuery } from '../../lib/search/folding';
import { bestPerPage, mergeRanked, rankWithBoosts, type Ranked } from '../../lib/search/merge';
import { hasDiacritics } from '../../lib/vietnamese';
import { holdsEvery } from '../../lib/search/excerpt';
import type { FacetIndex } from '../../lib/search/facets';
import type { SearchSettings } from '../../lib/search/config';
import { NEWEST_ORDER_FILE, orderPositions } from '../../lib/search/newest-order';

/** A page's display data, loaded on demand. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
  /** The page's indexed text, đ spelled as in the index. */
  content: string;
  meta: Record<string, string | undefined>;
}

/** One Pagefind result before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

/** The part of Pagefind's browser API this site uses. */
export interface PagefindApi {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** What a search found, and what was searched when the query had to be repaired or loosened. */
export interface SearchOutcome {
  results: Ranked<PagefindResult>[];
  /** The syllables that were searched. */
  searched: string[];
  /** "exact": as typed; "repaired": keyboard leftovers fixed; "loose": not every syllable matched. */
  match: 'exact' | 'repaired' | 'loose';
}

/** Loads Pagefind from the bundle folder and applies the ranking settings. */
export async function loadPagefind(settings: SearchSettings): Promise<PagefindApi> {
  const pagefind = (await import(/* @vite-ignore */ `${settings.bundlePath}pagefind.js`)) as PagefindApi;
  await pagefind.options({ ranking: settings.ranking, noWorker: settings.noWorker, excerptLength: settings.excerptLength });
  await pagefind.init();
  return pagefind;
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs Pagefind calls one at a time, so switching exactDiacritics on for one search never leaks into another. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

async function resultsOf(pagefind: PagefindApi, queries: readonly string[], signal?: AbortSignal): Promise<PagefindResult[][]> {
  await Promise.all(queries.map((query) => pagefind.preload(query)));
  return Promise.all(
    queries.map((query) => exclusive(async () => (signal?.aborted ? [] : ((await pagefind.search(query))?.results ?? [])))),
  );
}

/** Pages with every given syllable carrying exactly the marks typed (Pagefind's exactDiacritics). */
function pagesWithMarks(pagefind: PagefindApi, syllables: readonly string[], signal?: AbortSignal): Promise<Set<string>> {
  return exclusive(async () => {
    if (signal?.aborted) return new Set<string>();
    await pagefind.options({ exactDiacritics: true });
    try {
      return new Set((await pagefind.search(syllables.join(' ')))?.results.map((result) => result.id));
    } finally {
      await pagefind.options({ exactDiacritics: false });
    }
  });
}

/**
 * Whether Pagefind's best page for the syllables really holds them all. When one matched no
 * word, Pagefind answers with the pages of its longest known start, and then every page it
 * returns is such a page. Its text is the fragment the results show first anyway.
 */
async function holdsQuery(best: PagefindResult, syllables: readonly string[]): Promise<boolean> {
  const { content, meta } = await best.data();
  return holdsEvery([content, ...Object.values(meta)].join(' '), syllables);
}

/**
 * Searches syllables (spelled as in the index, so "dao" finds "đạo" too) and ranks the pages
 * with the phrase bonus: each adjacent pair found side by side, weighted by its rarity, and
 * the whole query found as typed. `trustMarks` is false for repaired input, whose marks are guesses.
 */
async function searchSyllables(
  pagefind: PagefindApi,
  syllables: string[],
  settings: SearchSettings,
  trustMarks: boolean,
  signal?: AbortSignal,
): Promise<Ranked<PagefindResult>[]> {
  const indexed = settings.indexSpelling ? syllables.flatMap(indexSyllables) : syllables;
  const [list = []] = await resultsOf(pagefind, [indexed.join(' ')], signal);
  if (!list.length || !(await holdsQuery(list[0]!, indexed))) return [];
  const pairs = settings.phraseBoost > 0 ? adjacentPairs(indexed).map((pair) => phraseQuery(pair)) : [];
  const whole = settings.phraseBoost > 0 && indexed.length > 2 ? phraseQuery(indexed) : undefined;
  const phrases = [...new Set([...pairs, ...(whole ? [whole] : [])])];
  const phraseLists = await resultsOf(pagefind, phrases, signal);
  const hits = new Map(phrases.map((phrase, index) => [phrase, new Set(phraseLists[index]!.map((result) => result.id))]));
  const marked = trustMarks && settings.markBoost > 0 ? indexed.filter(hasDiacritics) : [];
  const exactMarks = marked.length ? await pagesWithMarks(pagefind, marked, signal) : undefined;
  return rankWithBoosts(bestPerPage([list]), {
    pairHits: pairs.map((pair) => hits.get(pair)!),
    wholePhrase: whole ? hits.get(whole) : indexed.length === 2 ? hits.get(pairs[0]!) : undefined,
    phraseBoost: settings.phraseBoost,
    exactMarks,
    markBoost: settings.markBoost,
  });
}

/**
 * Searches what the reader typed and, when it shows keyboard slips (telex or VNI leftovers,
 * doubled letters), the repaired spelling too, keeping each page's best score; marks typed
 * next to such slips are not trusted to rank exact spellings first. Pagefind
 * already ignores syllables that match nothing; if no page has every remaining syllable,
 * loosens the query: any syllables but one, or the longest matching start of a single syllable.
 * An aborted `signal` (the reader typed on) skips the Pagefind calls still waiting.
 */
export async function findPages(
  pagefind: PagefindApi,
  typed: string,
  settings: SearchSettings,
  signal?: AbortSignal,
): Promise<SearchOutcome> {
  const syllables = querySyllables(typed);
  if (!syllables.length) return { results: [], searched: syllables, match: 'exact' };
  const repaired = settings.repair ? repairQuery(syllables) : null;
  const [asTyped, fixed] = await Promise.all([
    searchSyllables(pagefind, syllables, settings, !repaired, signal),
    repaired ? searchSyllables(pagefind, repaired, settings, false, signal) : Promise.resolve([]),
  ]);
  const results = mergeRanked([asTyped, fixed]);
  const repairWins = repaired && fixed.length > 0 && (fixed[0]?.score ?? 0) > (asTyped[0]?.score ?? 0);
  if (results.length || !settings.repair || signal?.aborted)
    return repairWins ? { results, searched: repaired, match: 'repaired' } : { results, searched: syllables, match: 'exact' };
  const base = repaired ?? syllables;
  const candidates = relaxQuery(base);
  if (base.length > 1) {
    const loose = await Promise.all(candidates.map((fewer) => searchSyllables(pagefind, fewer, settings, !repaired, signal)));
    return { results: mergeRanked(loose), searched: base, match: 'loose' };
  }
  for (const shorter of candidates) {
    const found = await searchSyllables(pagefind, shorter, settings, false, signal);
    if (found.length) return { results: found, searched: shorter, match: 'loose' };
  }
  return { results: [], searched: base, match: 'loose' };
}

/** Lists the pages of every filter value (one filter-only search each), for exact counts on merged results. */
export async function loadFacets(pagefind: PagefindApi): Promise<FacetIndex> {
  const available = await pagefind.filters();
  const entries = await Promise.all(
    Object.entries(available).map(async ([key, values]) => {
      const pages = await Promise.all(
        Object.keys(values).map(async (value) => {
          const found = await exclusive(() => pagefind.search(null, { filters: { [key]: value } }));
          return [value, new Set(found?.results.map((result) => result.id))] as const;
        }),
      );
      return [key, Object.fromEntries(pages)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Every page's position when sorted newest first, from the order the indexer writes beside the bundle. */
export async function loadNewestOrder(settings: SearchSettings): Promise<Map<string, number>> {
  const response = await fetch(`${settings.bundlePath}${NEWEST_ORDER_FILE}`);
  if (!response.ok) throw new Error(`${NEWEST_ORDER_FILE}: HTTP ${response.status}`);
  return orderPositions(await response.json());
}
