/**
 * Build benchmark: the full site against a bare Astro baseline (MDX only, one route per
 * collection) on the same generated corpus, cold (empty Astro cache and share-image cache)
 * and warm (caches kept), interleaved so both share the machine's noise; then editors' changes
 * (bench/measure/scenarios.ts), each followed by a warm build of the full site, compared with the
 * baseline's warm build. Prints medians as Markdown tables and writes them into the "## Build"
 * section of docs/benchmarks.md.
 *
 * Usage: node bench/build.ts [--size N] [--runs R] [--corpus DIR] [--scenarios edit-body,edit-title] [--no-docs]
 * (--scenarios: only these editors' changes, in their usual order; default all).
 * Raw measurements are kept in .bench/build-<N>/results.json.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBaselineProject } from './measure/baseline-project.ts';
import { DEFAULT_SEED, generateCorpus, readManifest } from './corpus/generate.ts';
import { distStats } from './measure/dist-stats.ts';
import { writeBuildSection } from './measure/docs-section.ts';
import { describeMachine } from './measure/machine.ts';
import { measure } from './measure/measure.ts';
import { benchDir, defaultCorpusDir, projectRoot } from './measure/paths.ts';
import { pageCounts, phaseTimes } from './measure/phase-times.ts';
import { phaseTable, resultsTable, scenarioTable, summarise, VARIANTS, type BuildRun, type Variant } from './measure/report.ts';
import { prepareCorpusCopy, scenarios, SCENARIOS, type Scenario } from './measure/scenarios.ts';
import { copySite } from './measure/site-copy.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '5000' },
    runs: { type: 'string', default: '3' },
    corpus: { type: 'string' },
    scenarios: { type: 'string', default: SCENARIOS.join(',') },
    docs: { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const size = Number(values.size);
const runs = Number(values.runs);
if (!Number.isInteger(size) || size < 10) throw new Error(`--size must be a whole number of at least 10, got "${values.size}"`);
const chosen = new Set(values.scenarios.split(',').map((name) => name.trim()));
const unknown = [...chosen].filter((name) => !(SCENARIOS as readonly string[]).includes(name));
if (unknown.length > 0) throw new Error(`--scenarios: no scenario ${unknown.join(', ')}; known: ${SCENARIOS.join(', ')}`);
const runScenarios = scenarios.filter((scenario) => chosen.has(scenario.name));
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, got "${values.runs}"`);

const machine = describeMachine();
const corpus = path.resolve(values.corpus ?? defaultCorpusDir(size));
const existing = readManifest(corpus);
const manifest = existing?.size === size ? existing : await generateCorpus({ size, out: corpus, seed: DEFAULT_SEED });
console.log(`Corpus: ${path.relative(projectRoot, corpus)}`, manifest.counts);

const work = path.join(benchDir, `build-${size}`);
const roots = { full: copySite(path.join(work, 'site')), baseline: writeBaselineProject(path.join(work, 'baseline')) };
const caches = {
  full: { astro: path.join(work, 'cache/full-astro'), share: path.join(work, 'cache/full-share-images') },
  baseline: { astro: path.join(work, 'cache/baseline-astro') },
};
const logs = path.join(work, 'logs');
/** The scenarios edit this copy, never the generated corpus. */
const corpusCopy = path.join(work, 'corpus');
/** The build date of the next build; the last scenario moves it. */
let today = manifest.today;
const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
/** The full site is built as `npm run build` builds it, with the memory settings that file holds; the baseline as bare Astro is. */
const buildMemoryEnv = path.join(projectRoot, 'src/integrations/build-memory.env');

/** Environment of a build: the corpus, its build date and the variant's caches. */
function buildEnv(project: 'full' | 'baseline'): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: corpusCopy,
    BUILD_DATE: today,
    ASTRO_CACHE_DIR: caches[project].astro,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (project === 'full') env.SHARE_IMAGE_CACHE_DIR = caches.full.share;
  return env;
}

/** Builds one variant (or, after a scenario's change, the full site warm) into its project's dist/ and measures it. */
async function runVariant(variant: Variant | Scenario['name'], round: number): Promise<BuildRun> {
  const project = variant.startsWith('baseline') ? 'baseline' : 'full';
  const cwd = roots[project];
  const outDir = path.join(cwd, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  const logFile = path.join(logs, `${variant}-${round}.log`);
  console.log(`[${new Date().toISOString().slice(11, 19)}] round ${round}/${runs}: ${variant}…`);
  const result = await measure({
    command: process.execPath,
    args: [...(project === 'full' ? [`--env-file=${buildMemoryEnv}`] : []), astro, 'build', '--outDir', outDir],
    cwd,
    env: buildEnv(project),
    logFile,
  });
  if (result.exitCode !== 0) throw new Error(`${variant} build failed (exit ${result.exitCode}); see ${logFile}`);
  const log = readFileSync(logFile, 'utf8');
  const run = { ...result, dist: distStats(outDir), phases: phaseTimes(log), counts: pageCounts(log) };
  console.log(
    `  ${(run.wallMs / 1000).toFixed(1)} s wall, ${run.dist.pages} pages (${run.counts.rendered} rendered, ${run.counts.copied} copied), ${Math.round(run.peakRssBytes / 2 ** 20)} MiB peak`,
    run.phases,
  );
  return run;
}

/** Prints the medians of the rounds done so far and writes them into docs/benchmarks.md. */
function report(results: Record<Variant | Scenario['name'], BuildRun[]>, rounds: number): void {
  const summaries = Object.fromEntries(VARIANTS.map((variant) => [variant, summarise(results[variant])])) as Record<
    Variant,
    ReturnType<typeof summarise>
  >;
  const table = resultsTable(summaries);
  const phases = phaseTable({ 'full-cold': results['full-cold'], 'full-warm': results['full-warm'] });
  const edits = scenarioTable(
    runScenarios.map((scenario) => ({ label: scenario.label, runs: results[scenario.name] })),
    { 'full-warm': results['full-warm'], 'baseline-warm': results['baseline-warm'] },
  );
  const { counts } = manifest;
  const scenarioOption = runScenarios.length === scenarios.length ? '' : ` --scenarios ${[...chosen].join(',')}`;
  const section = `Command: \`npm run bench:build -- --size ${size} --runs ${runs}${scenarioOption}\` · ${new Date().toISOString().slice(0, 10)} · ${machine}.

Corpus: ${size} items (${counts.articles} articles, ${counts.stories} stories in ${counts.collections} collections, ${counts.exemplars} exemplars, ${counts.questions} weekly questions; ${counts.images} distinct images), seed ${manifest.seed}, \`BUILD_DATE=${manifest.today}\`. Medians of ${rounds} run(s) per row${rounds < runs ? ` (${rounds} of ${runs} rounds done)` : ''}; each round runs full cold, baseline cold, full warm, baseline warm.

${table}

Editors' changes, applied one after another to the corpus after the warm build, each followed by a warm build of the full site (caches kept from the build before). Rendered and copied count Astro's pages and endpoints (copied: reused by its incremental build); the ratio is to the bare Astro baseline's warm build of the same round.

${edits}

${phases}

Cold: empty Astro cache (\`ASTRO_CACHE_DIR\`) and share-image cache (\`SHARE_IMAGE_CACHE_DIR\`); warm: both kept from the cold build just before. CPU is user + system time of the whole process tree (GNU time), steadier than wall time on this shared machine. Peak RSS, tree, is the highest summed resident memory of the build's processes (Astro's Node process and Pagefind's binary), polled every 200 ms; the largest process is GNU time's peak for the biggest single one. Output is every file under dist/. Phases come from the build log (Astro's own timings, the integrations' logged milliseconds, clock stamps to the second); the rest of the wall time is start-up, config, sitemap, radio text files and writing.`;
  console.log(`\n${section}\n`);
  writeFileSync(path.join(work, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  if (!values.docs) return;
  const docs = path.join(projectRoot, 'docs/benchmarks.md');
  writeBuildSection(docs, section);
  console.log(`Written to ${path.relative(projectRoot, docs)}`);
}

rmSync(logs, { recursive: true, force: true });
mkdirSync(logs, { recursive: true });
const results = Object.fromEntries([...VARIANTS, ...SCENARIOS].map((variant) => [variant, [] as BuildRun[]])) as Record<
  Variant | Scenario['name'],
  BuildRun[]
>;
for (let round = 1; round <= runs; round += 1) {
  for (const cache of [caches.full.astro, caches.full.share, caches.baseline.astro]) rmSync(cache, { recursive: true, force: true });
  today = manifest.today;
  prepareCorpusCopy(corpus, corpusCopy, today);
  for (const variant of VARIANTS) results[variant].push(await runVariant(variant, round));
  for (const scenario of runScenarios) {
    today = scenario.apply(corpusCopy, today);
    results[scenario.name].push(await runVariant(scenario.name, round));
  }
  // After every round, so a long benchmark that is stopped still leaves its medians so far.
  report(results, round);
}
