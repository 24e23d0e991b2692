/**
 * How the site search behaves in the browser. The search page hands these settings to its
 * script; the relevance benchmark (bench/search.ts) measures them against variants.
 */

/** Pagefind's ranking weights (see its "Customize ranking" page). */
export interface RankingWeights {
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  termFrequency?: number;
  diacriticSimilarity?: number;
  metaWeights?: Record<string, number>;
}

/** Parts of an item page the index leaves out: the radio and poster links and the date and reading-time line. */
export const INDEX_EXCLUDED_SELECTORS = ['.radio-link', '.poster-link', '.item-meta'];

/** Everything the search script needs to know. */
export interface SearchSettings {
  /** Where the Pagefind bundle is served. */
  bundlePath: string;
  /** Pagefind ranking weights; `{}` keeps Pagefind's defaults. */
  ranking: RankingWeights;
  /** Runs Pagefind on the page's thread, saving the download of its worker script. */
  noWorker: boolean;
  /** Words in an excerpt. */
  excerptLength: number;
  /**
   * Results shown at once and per "Xem thêm". Each costs a download of its page's text (about
   * 1.9 KB gzip), and six fill more than a phone's screen, so the first search stays in its budget.
   */
  pageSize: number;
  /** Whether the index spells text as `toIndexSpelling` does (the site's indexer); false for an index of the pages as they are. */
  indexSpelling: boolean;
  /** Score bonus for pages where adjacent query syllables stand side by side (0 turns it off). */
  phraseBoost: number;
  /** Score bonus for pages that have the syllables typed with marks exactly so, above look-alikes (0 turns it off). */
  markBoost: number;
  /** When nothing matched: repairs keyboard leftovers, then drops one syllable at a time. */
  repair: boolean;
}

/** The settings the site ships with; the benchmark's report explains each choice. */
export const searchSettings: SearchSettings = {
  bundlePath: '/pagefind/',
  ranking: {
    termSimilarity: 6,
    metaWeights: { locality: 2, kind: 0, date: 0, image: 0 },
  },
  noWorker: true,
  excerptLength: 26,
  pageSize: 6,
  indexSpelling: true,
  phraseBoost: 10,
  markBoost: 10,
  repair: true,
};

/** Pagefind filter keys and the query-string names the search page uses for them. */
export const filterParams = {
  kind: 'loai',
  locality: 'dia-ban',
  field: 'linh-vuc',
  year: 'nam',
  collection: 'bo-truyen',
} as const;

/** A filter key of the search page. */
export type FilterKey = keyof typeof filterParams;

/** Query-string name of the search text. */
export const queryParam = 'q';
/** Query-string name of the sort order. */
export const sortParam = 'sap-xep';
/** Value of `sortParam` for newest first. */
export const newestFirst = 'moi-nhat';
