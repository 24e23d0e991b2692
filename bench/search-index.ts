/**
 * The search-index step alone, on a built site: the site's way (each page cut down to what
 * Pagefind indexes, `searchDocument`) against the whole built pages with the same rewrites,
 * which is what the step sent Pagefind before. Runs alternate, so the machine's noise hits both;
 * each is a fresh process (the Pagefind binary included in its memory), indexing without a cache.
 *
 * Usage: node bench/search-index.ts --dist DIR [--runs N]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine } from './measure/machine.ts';
import { measure, type Measurement } from './measure/measure.ts';
import { median } from './measure/stats.ts';

const VARIANTS = ['index documents', 'whole pages'] as const;
type Variant = (typeof VARIANTS)[number];

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    runs: { type: 'string', default: '3' },
    variant: { type: 'string' },
    out: { type: 'string' },
  },
});
if (!values.dist) throw new Error('--dist DIR: a built site is needed');
const siteDir = path.resolve(values.dist);

if (values.variant) {
  // One measured run, in its own process.
  await import('../src/extensionless-imports.ts');
  const { buildSearchIndex } = await import('../src/integrations/search-index/index.ts');
  const html = await import('../src/lib/search/html.ts');
  const wholePage = (page: string) => html.withIndexSpelling(html.withPunctuatedFacts(html.withHeroImageMeta(page)));
  const transform = (values.variant as Variant) === 'whole pages' ? wholePage : html.forSearchIndex;
  const { pages } = await buildSearchIndex({ siteDir, outputPath: path.resolve(values.out ?? ''), transform });
  console.log(`${pages} pages`);
} else {
  const runs = Number(values.runs);
  const work = mkdtempSync(path.join(tmpdir(), 'bench-search-index-'));
  const results = Object.fromEntries(VARIANTS.map((variant) => [variant, [] as Measurement[]])) as Record<Variant, Measurement[]>;
  let pages = '';
  console.log(describeMachine());
  for (let round = 1; round <= runs; round += 1) {
    for (const variant of round % 2 ? VARIANTS : VARIANTS.toReversed()) {
      const logFile = path.join(work, `${variant.replace(' ', '-')}-${round}.log`);
      const result = await measure({
        command: process.execPath,
        args: [import.meta.filename, '--dist', siteDir, '--variant', variant, '--out', path.join(work, 'bundle')],
        cwd: process.cwd(),
        env: process.env,
        logFile,
      });
      if (result.exitCode !== 0) throw new Error(`${variant} failed; see ${logFile}`);
      pages = readFileSync(logFile, 'utf8').trim();
      results[variant].push(result);
      console.log(`round ${round}, ${variant}: ${(result.wallMs / 1000).toFixed(1)} s, ${Math.round(result.peakRssBytes / 2 ** 20)} MiB`);
    }
  }
  rmSync(work, { recursive: true, force: true });
  const row = (variant: Variant) => {
    const runsOf = results[variant];
    return {
      wall: median(runsOf.map((run) => run.wallMs)) / 1000,
      cpu: median(runsOf.map((run) => run.cpuMs ?? Number.NaN)) / 1000,
      rss: median(runsOf.map((run) => run.peakRssBytes)) / 2 ** 20,
    };
  };
  const [site, whole] = [row('index documents'), row('whole pages')];
  console.log(`\nSearch index of ${siteDir} (${pages}), medians of ${runs} run(s) each, no cache:\n`);
  console.log('| Pages sent to Pagefind | Wall (s) | CPU (s) | Peak RSS, tree (MiB) |\n| --- | ---: | ---: | ---: |');
  for (const [label, figures] of [
    ['cut down (`searchDocument`)', site],
    ['whole built pages', whole],
  ] as const)
    console.log(`| ${label} | ${figures.wall.toFixed(1)} | ${figures.cpu.toFixed(1)} | ${Math.round(figures.rss)} |`);
  console.log(
    `| **ratio** | **${(site.wall / whole.wall).toFixed(2)}×** | ${(site.cpu / whole.cpu).toFixed(2)}× | ${(site.rss / whole.rss).toFixed(2)}× |`,
  );
}
