/**
 * Search relevance and download benchmark: the sample site and, with --size, a generated corpus,
 * side by side, each against Pagefind's defaults on the same pages. For each site a judged query
 * set is made mechanically from its pages (bench/search/queries.ts) and run through the real
 * search page in Chromium (bench/search/measure.ts, one process per site); the report gives the
 * top-3 hit rate per class of query and the gzip bytes of a first search.
 *
 * Usage: node bench/search.ts [--size N] [--no-build] [--reindex] [--client-from DIR] [--per-class N] [--skip-sample] [--variants] [--verbose]
 * --no-build measures the sites as last built; --reindex rebuilds their search index first;
 * --client-from serves the search page from another build of the same code (see measure.ts);
 * --report-only prints the tables of the last run again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus, readManifest } from './corpus/generate.ts';
import { benchDir, defaultCorpusDir, projectRoot } from './measure/paths.ts';
import type { SiteFigures } from './search/measure.ts';
import { QUERY_CLASSES } from './search/queries.ts';

const { values: args } = parseArgs({
  options: {
    size: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    reindex: { type: 'boolean', default: false },
    'client-from': { type: 'string' },
    'per-class': { type: 'string', default: '25' },
    'skip-sample': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    variants: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const node = process.execPath;

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env }, cwd: projectRoot });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${commandArgs.join(' ')} failed`);
}

/** Builds (unless asked not to) and measures one site; returns its figures. */
function measure(name: string, dist: string, env: NodeJS.ProcessEnv): SiteFigures {
  const out = path.join(benchDir, `search-${name}.json`);
  if (args['report-only']) return JSON.parse(readFileSync(out, 'utf8')) as SiteFigures;
  if (!args['no-build'] || !existsSync(path.join(dist, 'index.html'))) {
    console.log(`Building ${name} into ${path.relative(projectRoot, dist)}…`);
    run(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], env);
  }
  const flags = [
    '--out',
    out,
    '--per-class',
    args['per-class']!,
    ...(args.reindex ? ['--reindex'] : []),
    ...(args['client-from'] ? ['--client-from', path.resolve(args['client-from'])] : []),
    ...(args.variants ? ['--variants'] : []),
    ...(args.verbose ? ['--verbose'] : []),
  ];
  run(node, ['bench/search/measure.ts', ...flags], { ...env, DIST_DIR: dist });
  return JSON.parse(readFileSync(out, 'utf8')) as SiteFigures;
}

const sites: [string, SiteFigures][] = [];
if (!args['skip-sample']) sites.push(['sample', measure('sample', path.join(projectRoot, 'dist'), {})]);
if (args.size) {
  const size = Number(args.size);
  const corpus = defaultCorpusDir(size);
  const manifest =
    readManifest(corpus)?.size === size || args['report-only']
      ? readManifest(corpus)!
      : await generateCorpus({ size, out: corpus, seed: DEFAULT_SEED });
  const env = { CONTENT_DIR: corpus, BUILD_DATE: manifest.today, ASTRO_CACHE_DIR: path.join(benchDir, `cache-search-${size}`) };
  sites.push([`${size} items`, measure(String(size), path.join(benchDir, `dist-${size}`), env)]);
}

const pct = (hits: number, n: number) => (n ? `${((hits / n) * 100).toFixed(0)} %` : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const config = (figures: SiteFigures, name: string) => figures.configs.find((entry) => entry.name === name)!;
const total = (figures: SiteFigures, name: string, field: 'at1' | 'at3') =>
  Object.values(config(figures, name).classes).reduce((sum, entry) => [sum[0]! + entry[field], sum[1]! + entry.n], [0, 0]);

const header = ['class', ...sites.flatMap(([site]) => [`${site}: n`, `${site}: this site`, `${site}: defaults`])];
const rows = QUERY_CLASSES.map((tag) => [
  tag,
  ...sites.flatMap(([, figures]) => {
    const mine = config(figures, 'this site').classes[tag]!;
    const theirs = config(figures, 'Pagefind defaults').classes[tag]!;
    return [String(mine.n), pct(mine.at3, mine.n), pct(theirs.at3, theirs.n)];
  }),
]);
rows.push([
  '**all (top 3)**',
  ...sites.flatMap(([, figures]) => {
    const [hits, n] = total(figures, 'this site', 'at3');
    return [String(n), pct(hits!, n!), pct(...(total(figures, 'Pagefind defaults', 'at3') as [number, number]))];
  }),
]);
rows.push([
  'all (first)',
  ...sites.flatMap(([, figures]) => {
    const [hits, n] = total(figures, 'this site', 'at1');
    return [String(n), pct(hits!, n!), pct(...(total(figures, 'Pagefind defaults', 'at1') as [number, number]))];
  }),
]);
const table = (head: string[], body: string[][]) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, index) => (index ? '---:' : '---')).join('|')}|`,
    ...body.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

console.log(`\nTop-3 hit rate per class of query (queries made from each site's own pages)\n`);
console.log(table(header, rows));
for (const [site, figures] of sites) {
  const extra = figures.configs.slice(2);
  if (extra.length) {
    console.log(`\n${site}, variants (top 3, all classes):`);
    for (const variant of extra) console.log(`  ${variant.name}: ${pct(...(total(figures, variant.name, 'at3') as [number, number]))}`);
  }
}
console.log(`\nFirst search: gzip bytes from focusing the box to the first results\n`);
console.log(
  table(
    ['site', 'query', 'configuration', 'total', 'parts'],
    sites.flatMap(([site, figures]) =>
      figures.firstSearch.map((cost) => [
        site,
        `"${cost.query}"`,
        cost.name,
        kb(cost.total),
        Object.entries(cost.parts)
          .map(([part, size]) => `${part} ${kb(size)}`)
          .join(', '),
      ]),
    ),
  ),
);
