/**
 * Search relevance and download benchmark. Builds the site (unless --no-build), serves it on
 * 127.0.0.1 and runs every query of bench/search/queries.json through the real search page in
 * Chromium, once per configuration: the site's settings, Pagefind's defaults (a second index
 * built with default settings into a temp folder) and variants that each drop one idea.
 * Prints success@1, success@3 and MRR (first expected page within the top 10), and the gzip
 * bytes a reader downloads for a first search.
 *
 * Usage: node bench/search.ts [--no-build] [--dist DIR] [--queries FILE] [--only NAME,…] [--set JSON]… [--verbose] [--bytes-only]
 * --set adds a configuration: the site's settings with the given fields replaced (for tuning).
 * --bytes-only skips relevance (for a generated corpus: CONTENT_DIR=… with --dist elsewhere).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { registerHooks } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

// The shared test helpers import without file extensions, as Vite allows; teach Node the same.
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!specifier.startsWith('.') || path.extname(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    queries: { type: 'string', default: 'bench/search/queries.json' },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    'bytes-query': { type: 'string', default: 'tấm gương' },
    set: { type: 'string', multiple: true, default: [] },
    'bytes-only': { type: 'boolean', default: false },
  },
});

process.env.DIST_DIR = path.resolve(args.dist);
const { searchSettings } = await import('../src/lib/search/config.ts');
const { buildSearchIndex } = await import('../src/integrations/search-index/index.ts');
const { withFoldedDWords, D_META_FIELD } = await import('./search/d-meta-variant.ts');
const { hasDiacritics } = await import('../src/lib/vietnamese.ts');
const { serveDist } = await import('../tests/support/server.ts');
const { launchBrowser, phoneContext } = await import('../tests/support/browser.ts');
type SearchSettings = typeof searchSettings;
type Page = Awaited<ReturnType<Awaited<ReturnType<typeof launchBrowser>>['newPage']>>;

/** One benchmark query: what a reader types and the page(s) that should come first. */
interface BenchQuery {
  q: string;
  expect: string[];
  tags?: string[];
}

/** A configuration to measure: search settings and the index folder they read. */
interface Variant {
  name: string;
  settings: SearchSettings;
}

const distDir = process.env.DIST_DIR;
const TOP = 10;

function build(): void {
  console.log(`Building the site into ${distDir}…`);
  const result = spawnSync('node_modules/.bin/astro', ['build', '--outDir', distDir], { stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  if (result.status !== 0) throw new Error('astro build failed');
}

async function buildIndex(name: string, options: Parameters<typeof buildSearchIndex>[0] | 'defaults'): Promise<string> {
  const outputPath = await mkdtemp(path.join(tmpdir(), `pagefind-${name}-`));
  const started = performance.now();
  if (options === 'defaults') {
    const { index } = await pagefind.createIndex({});
    await index!.addDirectory({ path: distDir });
    await index!.writeFiles({ outputPath });
    await pagefind.close();
  } else {
    await buildSearchIndex({ ...options, outputPath });
  }
  console.log(`Index "${name}": ${Math.round(performance.now() - started)} ms`);
  return outputPath;
}

/** Extra index folders served next to dist/, each under its own URL prefix. */
const mounts = new Map<string, string>();

async function openSearchPage(page: Page, origin: string, settings: SearchSettings, query = ''): Promise<void> {
  await page.route('**/tim-kiem/**', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/data-settings="[^"]*"/u, `data-settings="${JSON.stringify(settings).replaceAll('"', '&quot;')}"`);
    await route.fulfill({ response, body: html });
  });
  for (const [prefix, folder] of mounts) {
    await page.route(`**${prefix}**`, async (route) => {
      const file = path.join(folder, new URL(route.request().url()).pathname.slice(prefix.length));
      await route.fulfill({ body: await readFile(file), contentType: file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
    });
  }
  await page.goto(`${origin}/tim-kiem/${query ? `?q=${encodeURIComponent(query)}` : ''}`);
}

async function runQuery(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-q').fill(query);
  await page.evaluate(() => document.querySelector('[data-results]')!.removeAttribute('aria-busy'));
  await page.locator('#search-q').press('Enter');
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
  return page.$$eval('[data-results] .result__title a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const pageTexts = new Map<string, string>();

/** The lower-cased text of a built page's searchable article, as words separated by single spaces. */
async function pageText(urlPath: string): Promise<string> {
  if (!pageTexts.has(urlPath)) {
    const html = await readFile(path.join(distDir, urlPath, 'index.html'), 'utf8');
    const start = Math.max(0, html.search(/<[a-z]+\b[^>]*\bdata-pagefind-body/u));
    const end = html.indexOf('</article>', start);
    const body = html.slice(start, end < 0 ? undefined : end);
    pageTexts.set(urlPath, ` ${body.replace(/<[^>]*>/gu, ' ').normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ')} `);
  }
  return pageTexts.get(urlPath)!;
}

/** Whether a page has every syllable the reader typed with marks, with exactly those marks. */
async function hasTypedMarks(urlPath: string, query: string): Promise<boolean> {
  const text = await pageText(urlPath);
  const marked = query.normalize('NFC').toLocaleLowerCase('vi').split(/\s+/u).filter(hasDiacritics);
  return marked.every((syllable) => text.includes(` ${syllable} `));
}

/** Relevance of one configuration over all queries. */
interface Scores {
  at1: number;
  at3: number;
  mrr: number;
  /** Over queries typed with marks: share where no look-alike (a page without the typed marks) ranks above a page with them. */
  exactFirst: number;
  failures: { q: string; got: string[]; expect: string[] }[];
  byTag: Map<string, { n: number; at1: number; mrr: number }>;
}

async function score(page: Page, queries: BenchQuery[]): Promise<Scores> {
  const scores: Scores = { at1: 0, at3: 0, mrr: 0, exactFirst: 0, failures: [], byTag: new Map() };
  let marked = 0;
  for (const query of queries) {
    const got = (await runQuery(page, query.q)).slice(0, TOP);
    const rank = got.findIndex((url) => query.expect.includes(url)) + 1;
    const reciprocal = rank ? 1 / rank : 0;
    scores.at1 += rank === 1 ? 1 : 0;
    scores.at3 += rank >= 1 && rank <= 3 ? 1 : 0;
    scores.mrr += reciprocal;
    if (hasDiacritics(query.q)) {
      const exact = await Promise.all(got.map((url) => hasTypedMarks(url, query.q)));
      marked++;
      if (exact.every((flag, index) => flag || !exact.slice(index).includes(true))) scores.exactFirst++;
      else if (args.verbose) console.log(`  look-alike above exact: ${query.q} → ${exact.map((flag) => (flag ? 'E' : '-')).join('')}`);
    }
    if (rank !== 1) scores.failures.push({ q: query.q, got: got.slice(0, 3), expect: query.expect });
    for (const tag of query.tags ?? []) {
      const entry = scores.byTag.get(tag) ?? { n: 0, at1: 0, mrr: 0 };
      entry.n++;
      entry.at1 += rank === 1 ? 1 : 0;
      entry.mrr += reciprocal;
      scores.byTag.set(tag, entry);
    }
  }
  const n = queries.length;
  return { ...scores, at1: scores.at1 / n, at3: scores.at3 / n, mrr: scores.mrr / n, exactFirst: scores.exactFirst / Math.max(1, marked) };
}

/** Gzip size of what the server sends for a URL path (files Pagefind already compressed barely shrink). */
async function gzipBytes(urlPath: string): Promise<number> {
  const mount = [...mounts].find(([prefix]) => urlPath.startsWith(prefix));
  const { fileForPath } = await import('../tests/support/dist.ts');
  const file = mount ? path.join(mount[1], urlPath.slice(mount[0].length)) : fileForPath(urlPath);
  if (!file) return 0;
  const raw = await readFile(file);
  return Math.min(raw.length, gzipSync(raw, { level: 6 }).length);
}

function category(urlPath: string): string {
  if (urlPath.includes('/_astro/')) return 'site script';
  const name = urlPath.split('/').pop() ?? '';
  if (name.startsWith('pagefind') && name.endsWith('.js')) return name;
  if (name.endsWith('.json')) return 'entry';
  if (name.startsWith('wasm')) return 'wasm';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (urlPath.includes('/index/')) return 'index chunks';
  if (urlPath.includes('/filter/')) return 'filter chunks';
  if (urlPath.includes('/fragment/')) return 'fragments';
  return `other (${name})`;
}

/** What a reader's first search costs: gzip bytes per kind of file, and milliseconds to results for the first and later searches. */
interface FirstSearch {
  bytes: Map<string, number>;
  firstMs: number;
  laterMs: number[];
}

/** Queries timed after the first one, once everything is loaded. */
const LATER_QUERIES = ['dao duc', 'dang vien', 'dong bao dan toc thieu so', 'tâm gươngf', 'bác hồ', 'nha rong'];

/** Bytes downloaded from the reader's first tap in the search box to the first results on screen, and search times. */
async function firstSearch(origin: string, settings: SearchSettings, query: string): Promise<FirstSearch> {
  const browser = await launchBrowser();
  try {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await openSearchPage(page, origin, settings);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const started = performance.now();
    await page.locator('#search-q').focus();
    await page.locator('#search-q').fill(query);
    await page.locator('#search-q').press('Enter');
    await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached', timeout: 20_000 });
    const firstMs = performance.now() - started;
    const bytes = new Map<string, number>();
    for (const urlPath of new Set(requested)) bytes.set(category(urlPath), (bytes.get(category(urlPath)) ?? 0) + (await gzipBytes(urlPath)));
    const laterMs: number[] = [];
    for (const later of LATER_QUERIES) {
      const begin = performance.now();
      await runQuery(page, later);
      laterMs.push(performance.now() - begin);
    }
    return { bytes, firstMs, laterMs };
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

if (!args['no-build']) build();
const queries = args['bytes-only'] ? [] : (JSON.parse(await readFile(args.queries!, 'utf8')) as BenchQuery[]);
const defaultsDir = await buildIndex('defaults', 'defaults');
mounts.set('/pagefind-default/', defaultsDir);
if (!args['bytes-only']) mounts.set('/pagefind-d-meta/', await buildIndex('d-meta', { siteDir: distDir, outputPath: '', transform: withFoldedDWords }));

const pagefindDefaults: SearchSettings = { ...searchSettings, bundlePath: '/pagefind-default/', ranking: {}, noWorker: false, excerptLength: 30, expandD: false, phraseBoost: 0, markBoost: 0, repair: false };
const variants: Variant[] = [
  { name: 'Pagefind defaults', settings: pagefindDefaults },
  { name: 'this site', settings: searchSettings },
  { name: 'no d/đ expansion', settings: { ...searchSettings, expandD: false } },
  {
    name: 'đ-words in meta field',
    settings: { ...searchSettings, bundlePath: '/pagefind-d-meta/', expandD: false, ranking: { ...searchSettings.ranking, metaWeights: { ...searchSettings.ranking.metaWeights, [D_META_FIELD]: 3 } } },
  },
  { name: 'no phrase bonus', settings: { ...searchSettings, phraseBoost: 0 } },
  { name: 'no exact-marks bonus', settings: { ...searchSettings, markBoost: 0 } },
  { name: 'no typo repair', settings: { ...searchSettings, repair: false } },
  { name: 'default ranking weights', settings: { ...searchSettings, ranking: {} } },
];
for (const json of args.set!) variants.push({ name: json, settings: { ...searchSettings, ...(JSON.parse(json) as Partial<SearchSettings>) } });
const selected = args.only ? variants.filter((variant) => args.only!.split(',').includes(variant.name) || args.set!.includes(variant.name)) : variants;

async function reportRelevance(origin: string, browser: Awaited<ReturnType<typeof launchBrowser>>): Promise<void> {
  const results: [string, Scores][] = [];
  for (const variant of selected) {
    const page = await (await phoneContext(browser)).newPage();
    await openSearchPage(page, origin, variant.settings);
    const started = performance.now();
    results.push([variant.name, await score(page, queries)]);
    console.log(`  ${variant.name}: ${queries.length} queries in ${Math.round(performance.now() - started)} ms`);
    await page.context().close();
  }
  console.log(`\n${queries.length} queries, ${distDir}\n`);
  console.log(['configuration'.padEnd(26), 'success@1', 'success@3', '  MRR', 'exact first'].join('  '));
  for (const [name, scores] of results) {
    console.log([name.padEnd(26), pct(scores.at1).padStart(9), pct(scores.at3).padStart(9), scores.mrr.toFixed(3), pct(scores.exactFirst).padStart(11)].join('  '));
  }
  console.log('(exact first: over queries typed with marks, the share whose top 10 has no look-alike above a page with the typed marks)');
  const tags = [...new Set(queries.flatMap((query) => query.tags ?? []))].sort();
  console.log(`\nsuccess@1 by kind of query\n${['tag'.padEnd(14), ...results.map(([name]) => name.slice(0, 14).padStart(14))].join(' ')}`);
  for (const tag of tags) {
    const n = queries.filter((query) => query.tags?.includes(tag)).length;
    console.log([`${tag} (${n})`.padEnd(14), ...results.map(([, scores]) => pct((scores.byTag.get(tag)?.at1 ?? 0) / n).padStart(14))].join(' '));
  }
  if (args.verbose) {
    for (const [name, scores] of results) {
      console.log(`\nNot first with "${name}":`);
      for (const failure of scores.failures) console.log(`  ${failure.q} → ${failure.got.join(' | ') || '(nothing)'}   expected ${failure.expect.join(' | ')}`);
    }
  }
}

const server = await serveDist();
const browser = await launchBrowser();
try {
  if (!args['bytes-only']) await reportRelevance(server.origin, browser);
  console.log(`\nFirst search ("${args['bytes-query']}"): gzip bytes from focusing the box to the first results; time to results (this machine, not a phone)`);
  const costed = [variants[1]!, { name: 'this site, Pagefind in a worker', settings: { ...searchSettings, noWorker: false } }, variants[0]!];
  for (const variant of costed) {
    const { bytes, firstMs, laterMs } = await firstSearch(server.origin, variant.settings, args['bytes-query']!);
    const total = [...bytes.values()].reduce((sum, size) => sum + size, 0);
    const median = [...laterMs].sort((a, b) => a - b)[Math.floor(laterMs.length / 2)]!;
    console.log(`  ${variant.name}: ${kb(total)} (${[...bytes].map(([name, size]) => `${name} ${kb(size)}`).join(', ')})`);
    console.log(`    first search ${Math.round(firstMs)} ms, later searches median ${Math.round(median)} ms (max ${Math.round(Math.max(...laterMs))} ms)`);
  }
} finally {
  await browser.close();
  await server.close();
  await Promise.all([...mounts.values()].map((dir) => rm(dir, { recursive: true, force: true })));
}
