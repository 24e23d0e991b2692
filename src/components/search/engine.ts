/**
 * Runs a reader's query against Pagefind the Vietnamese way: every d/đ spelling, a bonus for
 * syllables found side by side, and repairs when nothing matched. No DOM here.
 */
import { adjacentPairs, expandVariants, phraseQuery, querySyllables, relaxQuery, repairQuery } from '../../lib/search-folding';
import { bestPerPage, mergeRanked, rankWithBoosts, type Ranked } from '../../lib/search-merge';
import { hasDiacritics } from '../../lib/vietnamese';
import type { FacetIndex } from '../../lib/search-facets';
import type { SearchSettings } from '../../lib/search-config';

/** A page's display data, loaded on demand. */
export interface PagefindFragment {
  url: string;
  excerpt: string;
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

async function resultsOf(pagefind: PagefindApi, queries: readonly string[]): Promise<PagefindResult[][]> {
  await Promise.all(queries.map((query) => pagefind.preload(query)));
  return Promise.all(queries.map((query) => exclusive(async () => (await pagefind.search(query))?.results ?? [])));
}

/** Pages with every given syllable carrying exactly the marks typed (Pagefind's exactDiacritics). */
function pagesWithMarks(pagefind: PagefindApi, syllables: readonly string[]): Promise<Set<string>> {
  return exclusive(async () => {
    await pagefind.options({ exactDiacritics: true });
    try {
      return new Set((await pagefind.search(syllables.join(' ')))?.results.map((result) => result.id));
    } finally {
      await pagefind.options({ exactDiacritics: false });
    }
  });
}

async function searchSyllables(pagefind: PagefindApi, syllables: string[], settings: SearchSettings): Promise<Ranked<PagefindResult>[]> {
  const spellings = (group: string[], max: number) => (settings.expandD ? expandVariants(group, max) : [group]);
  const best = bestPerPage(await resultsOf(pagefind, spellings(syllables, settings.maxVariants).map((variant) => variant.join(' '))));
  if (!best.size) return [];
  const pairs = settings.phraseBoost > 0 ? adjacentPairs(syllables) : [];
  const pairHits = await Promise.all(
    pairs.map(async (pair) => new Set((await resultsOf(pagefind, spellings(pair, 4).map(phraseQuery))).flat().map((result) => result.id))),
  );
  const marked = settings.markBoost > 0 ? syllables.filter(hasDiacritics) : [];
  const exactMarks = marked.length ? await pagesWithMarks(pagefind, marked) : undefined;
  return rankWithBoosts(best, { pairHits, phraseBoost: settings.phraseBoost, exactMarks, markBoost: settings.markBoost });
}

/**
 * Searches what the reader typed; when nothing matches, repairs it, then loosens it: any
 * syllables but one for a longer query, the longest matching beginning for a single syllable.
 */
export async function findPages(pagefind: PagefindApi, typed: string, settings: SearchSettings): Promise<SearchOutcome> {
  const syllables = querySyllables(typed);
  const exact = syllables.length ? await searchSyllables(pagefind, syllables, settings) : [];
  if (exact.length || !settings.repair || !syllables.length) return { results: exact, searched: syllables, match: 'exact' };
  const repaired = repairQuery(syllables);
  if (repaired) {
    const results = await searchSyllables(pagefind, repaired, settings);
    if (results.length) return { results, searched: repaired, match: 'repaired' };
  }
  const base = repaired ?? syllables;
  if (base.length > 1) {
    const loose = await Promise.all(relaxQuery(base).map((fewer) => searchSyllables(pagefind, fewer, settings)));
    return { results: mergeRanked(loose), searched: base, match: 'loose' };
  }
  for (const shorter of relaxQuery(base)) {
    const results = await searchSyllables(pagefind, shorter, settings);
    if (results.length) return { results, searched: shorter, match: 'loose' };
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

/** Every page's position when sorted newest first. */
export async function loadNewestOrder(pagefind: PagefindApi): Promise<Map<string, number>> {
  const sorted = await exclusive(() => pagefind.search(null, { sort: { date: 'desc' } }));
  return new Map(sorted?.results.map((result, position) => [result.id, position]));
}
