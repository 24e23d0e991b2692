/**
 * Measures one built site (DIST_DIR): makes the judged queries from its pages, runs each through
 * the real search page in Chromium with the site's settings and with Pagefind's defaults (an
 * index built with default settings from the same pages), and costs a first search. Writes the
 * figures as JSON. Run by bench/search.ts, once per site, since the test server reads DIST_DIR
 * when it loads.
 *
 * Usage: DIST_DIR=… node bench/search/measure.ts --out FILE [--per-class N] [--reindex] [--client-from DIR] [--variants] [--verbose]
 * --client-from serves the search page and its scripts from another build of the same code (the
 * sample's): the page does not depend on content, and a corpus takes many minutes to rebuild.
 */
import '../../src/extensionless-imports.ts';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    'per-class': { type: 'string', default: '25' },
    reindex: { type: 'boolean', default: false },
    'client-from': { type: 'string' },
    variants: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');
const { searchSettings } = await import('../../src/lib/search/config.ts');
const { buildSearchIndex } = await import('../../src/integrations/search-index/index.ts');
const { serveDist } = await import('../../tests/support/server.ts');
const { fileForPath } = await import('../../tests/support/dist.ts');
const { launchBrowser, phoneContext } = await import('../../tests/support/browser.ts');
const { makeQueries, readSite, QUERY_CLASSES } = await import('./queries.ts');
type SearchSettings = typeof searchSettings;
type Browser = Awaited<ReturnType<typeof launchBrowser>>;
type Page = Awaited<ReturnType<Browser['newPage']>>;

/** What one configuration scored. */
export interface ConfigScores {
  name: string;
  /** Per class: queries, and how many had an expected page first and in the top 3. */
  classes: Record<string, { n: number; at1: number; at3: number }>;
  misses: { q: string; tag: string; got: string[]; expect: string[] }[];
}

/** Gzip bytes a first search downloads, by kind of file, and its time on this machine. */
export interface FirstSearchCost {
  name: string;
  query: string;
  total: number;
  parts: Record<string, number>;
  ms: number;
}

/** Everything measured on one site. */
export interface SiteFigures {
  dist: string;
  pages: number;
  queries: number;
  configs: ConfigScores[];
  firstSearch: FirstSearchCost[];
}

const files = (await readdir(distDir, { recursive: true }))
  .map(String)
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'));
const sitePages = readSite(distDir, files);
const queries = makeQueries(sitePages, Number(args['per-class']));
console.log(`${distDir}: ${sitePages.length} indexed pages, ${queries.length} queries`);

/** Extra index folders served next to dist/, each under its own URL prefix. */
const mounts = new Map<string, string>();

async function timed<T>(label: string, task: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await task();
  console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

if (args.reindex)
  await timed('Index "this site"', () => buildSearchIndex({ siteDir: distDir, outputPath: path.join(distDir, 'pagefind') }));
const defaultsDir = await mkdtemp(path.join(tmpdir(), 'pagefind-defaults-'));
await timed('Index "Pagefind defaults"', async () => {
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: distDir });
  await index!.writeFiles({ outputPath: defaultsDir });
  await pagefind.close();
});
mounts.set('/pagefind-default/', defaultsDir);

const pagefindDefaults: SearchSettings = {
  ...searchSettings,
  bundlePath: '/pagefind-default/',
  ranking: {},
  noWorker: false,
  excerptLength: 30,
  indexSpelling: false,
  phraseBoost: 0,
  markBoost: 0,
  repair: false,
};
const configs: { name: string; settings: SearchSettings }[] = [
  { name: 'this site', settings: searchSettings },
  { name: 'Pagefind defaults', settings: pagefindDefaults },
];
if (args.variants) {
  configs.push(
    { name: 'no phrase bonus', settings: { ...searchSettings, phraseBoost: 0 } },
    { name: 'no exact-marks bonus', settings: { ...searchSettings, markBoost: 0 } },
    { name: 'no typo repair', settings: { ...searchSettings, repair: false } },
    { name: 'default ranking weights', settings: { ...searchSettings, ranking: {} } },
  );
}

/** Opens the search page with the given settings in place of the site's. */
async function openSearchPage(page: Page, origin: string, settings: SearchSettings): Promise<void> {
  const clientDir = args['client-from'] && path.resolve(args['client-from']);
  if (clientDir) {
    await page.route('**/_astro/**', async (route) => {
      const file = path.join(clientDir, new URL(route.request().url()).pathname);
      const body = await readFile(file).catch(() => undefined);
      if (!body) return route.fallback();
      await route.fulfill({
        body,
        contentType: file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream',
      });
    });
  }
  await page.route('**/tim-kiem/**', async (route) => {
    const response = await route.fetch();
    const page = clientDir ? await readFile(path.join(clientDir, 'tim-kiem/index.html'), 'utf8') : await response.text();
    const html = page.replace(/data-settings="[^"]*"/u, `data-settings="${JSON.stringify(settings).replaceAll('"', '&quot;')}"`);
    await route.fulfill({ response, body: html });
  });
  for (const [prefix, folder] of mounts) {
    await page.route(`**${prefix}**`, async (route) => {
      const file = path.join(folder, new URL(route.request().url()).pathname.slice(prefix.length));
      await route.fulfill({
        body: await readFile(file),
        contentType: file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream',
      });
    });
  }
  await page.goto(`${origin}/tim-kiem/`);
}

async function runQuery(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-q').fill(query);
  await page.evaluate(() => document.querySelector('[data-results]')!.removeAttribute('aria-busy'));
  await page.locator('#search-q').press('Enter');
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached', timeout: 60_000 });
  return page.$$eval('[data-results] .result__title a', (links) =>
    links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

async function score(browser: Browser, origin: string, name: string, settings: SearchSettings): Promise<ConfigScores> {
  const page = await (await phoneContext(browser)).newPage();
  await openSearchPage(page, origin, settings);
  const result: ConfigScores = {
    name,
    classes: Object.fromEntries(QUERY_CLASSES.map((tag) => [tag, { n: 0, at1: 0, at3: 0 }])),
    misses: [],
  };
  for (const query of queries) {
    const got = await runQuery(page, query.q);
    const rank = got.findIndex((url) => query.expect.includes(url)) + 1;
    const entry = result.classes[query.tags[0]!]!;
    entry.n++;
    if (rank === 1) entry.at1++;
    if (rank >= 1) entry.at3++;
    else result.misses.push({ q: query.q, tag: query.tags[0]!, got, expect: query.expect });
  }
  await page.context().close();
  return result;
}

/** Gzip size of what the server sends for a URL path (files Pagefind already compressed barely shrink). */
async function gzipBytes(urlPath: string): Promise<number> {
  const mount = [...mounts].find(([prefix]) => urlPath.startsWith(prefix));
  const client = args['client-from'] && urlPath.startsWith('/_astro/') ? path.join(path.resolve(args['client-from']), urlPath) : undefined;
  const file = mount ? path.join(mount[1], urlPath.slice(mount[0].length)) : client && existsSync(client) ? client : fileForPath(urlPath);
  if (!file) return 0;
  const raw = await readFile(file);
  return Math.min(raw.length, gzipSync(raw, { level: 6 }).length);
}

/** Kind of file a first search downloads; undefined for page assets any page may load (fonts, icons). */
function category(urlPath: string): string | undefined {
  if (/\.(woff2?|svg|png|ico)$/u.test(urlPath)) return undefined;
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

/** Bytes downloaded from the reader's first tap in the search box to the first results on screen. */
async function firstSearch(
  browser: Browser,
  origin: string,
  name: string,
  settings: SearchSettings,
  query: string,
): Promise<FirstSearchCost> {
  const page = await (await phoneContext(browser)).newPage();
  await openSearchPage(page, origin, settings);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const started = performance.now();
  await page.locator('#search-q').focus();
  // Focusing loads the search code; typing before it arrives would submit the form as a plain page load.
  await page.waitForLoadState('networkidle');
  await page.locator('#search-q').fill(query);
  await page.locator('#search-q').press('Enter');
  await page.waitForSelector('[data-results][aria-busy="false"]', { state: 'attached', timeout: 60_000 });
  const ms = performance.now() - started;
  const parts: Record<string, number> = {};
  for (const urlPath of new Set(requested)) {
    const kind = category(urlPath);
    if (kind) parts[kind] = (parts[kind] ?? 0) + (await gzipBytes(urlPath));
  }
  await page.context().close();
  return { name, query, total: Object.values(parts).reduce((sum, size) => sum + size, 0), parts, ms };
}

const server = await serveDist();
const browser = await launchBrowser();
try {
  const figures: SiteFigures = { dist: distDir, pages: sitePages.length, queries: queries.length, configs: [], firstSearch: [] };
  for (const { name, settings } of configs)
    figures.configs.push(await timed(`  ${name}: ${queries.length} queries`, () => score(browser, server.origin, name, settings)));
  for (const query of ['tấm gương', 'dao duc']) {
    for (const { name, settings } of configs.slice(0, 2))
      figures.firstSearch.push(await firstSearch(browser, server.origin, name, settings, query));
  }
  if (args.verbose)
    for (const config of figures.configs)
      for (const miss of config.misses)
        console.log(
          `  [${config.name}] ${miss.tag}: ${miss.q} → ${miss.got.join(' | ') || '(nothing)'}   expected ${miss.expect.join(' | ')}`,
        );
  if (args.out) await writeFile(args.out, `${JSON.stringify({ ...figures, queryList: queries }, null, 1)}\n`);
} finally {
  await browser.close();
  await server.close();
  await Promise.all([...mounts.values()].map((dir) => rm(dir, { recursive: true, force: true })));
}
