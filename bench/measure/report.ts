/** The build benchmark's results as a Markdown table, with the ratios the targets are stated in. */
import type { DistStats } from './dist-stats.ts';
import type { Measurement } from './measure.ts';
import { PHASE_LABELS, PHASES, type PageCounts, type PhaseTimes } from './phase-times.ts';
import { median } from './stats.ts';

/** One measured build of one variant. */
export interface BuildRun extends Measurement {
  dist: DistStats;
  phases: PhaseTimes;
  /** Pages Astro rendered and pages its incremental build copied. */
  counts: PageCounts;
}

/** The variants measured side by side, in the order they run within a round. */
export const VARIANTS = ['full-cold', 'baseline-cold', 'full-warm', 'baseline-warm'] as const;

/** One measured configuration. */
export type Variant = (typeof VARIANTS)[number];

const VARIANT_LABELS: Record<Variant, string> = {
  'full-cold': 'Full site, cold',
  'baseline-cold': 'Bare Astro baseline, cold',
  'full-warm': 'Full site, warm',
  'baseline-warm': 'Bare Astro baseline, warm',
};

/** Medians of one variant's runs. */
export interface Summary {
  wallS: number;
  cpuS: number;
  pages: number;
  pagesPerS: number;
  peakMiB: number;
  largestMiB: number;
  outputMiB: number;
}

/** The medians of a variant's runs. */
export function summarise(runs: readonly BuildRun[]): Summary {
  return {
    wallS: median(runs.map((run) => run.wallMs / 1000)),
    cpuS: median(runs.map((run) => (run.cpuMs ?? Number.NaN) / 1000)),
    pages: median(runs.map((run) => run.dist.pages)),
    pagesPerS: median(runs.map((run) => run.dist.pages / (run.wallMs / 1000))),
    peakMiB: median(runs.map((run) => run.peakRssBytes / 2 ** 20)),
    largestMiB: median(runs.map((run) => (run.largestProcessBytes ?? Number.NaN) / 2 ** 20)),
    outputMiB: median(runs.map((run) => run.dist.bytes / 2 ** 20)),
  };
}

const fixed = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** The results table: one row per variant, then the full/baseline ratios. */
export function resultsTable(summaries: Record<Variant, Summary>): string {
  const rows = VARIANTS.map((variant) => {
    const s = summaries[variant];
    return `| ${VARIANT_LABELS[variant]} | ${fixed(s.wallS)} | ${fixed(s.cpuS)} | ${s.pages} | ${fixed(s.pagesPerS)} | ${fixed(s.peakMiB, 0)} | ${fixed(s.largestMiB, 0)} | ${fixed(s.outputMiB)} |`;
  });
  const ratio = (kind: 'cold' | 'warm') => {
    const full = summaries[`full-${kind}`];
    const base = summaries[`baseline-${kind}`];
    return `| **Full / baseline, ${kind}** | **${fixed(full.wallS / base.wallS, 2)}×** | ${fixed(full.cpuS / base.cpuS, 2)}× | ${fixed(full.pages / base.pages, 2)}× | ${fixed(full.pagesPerS / base.pagesPerS, 2)}× | ${fixed(full.peakMiB / base.peakMiB, 2)}× | ${fixed(full.largestMiB / base.largestMiB, 2)}× | ${fixed(full.outputMiB / base.outputMiB, 2)}× |`;
  };
  return [
    '| Build | Wall (s) | CPU (s) | HTML pages | Pages/s | Peak RSS, tree (MiB) | Largest process (MiB) | Output (MiB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    ratio('cold'),
    ratio('warm'),
  ].join('\n');
}

/** Median seconds per phase of the full site, cold and warm, with each phase's share of the wall time. */
export function phaseTable(runs: Record<'full-cold' | 'full-warm', readonly BuildRun[]>): string {
  const cell = (kind: 'full-cold' | 'full-warm', phase: (typeof PHASES)[number]) => {
    const values = runs[kind].map((run) => run.phases[phase]).filter((value): value is number => value !== undefined);
    const wall = median(runs[kind].map((run) => run.wallMs / 1000));
    return values.length === 0 ? '–' : `${fixed(median(values))} (${fixed((100 * median(values)) / wall, 0)} %)`;
  };
  return [
    '| Phase of the full site | Cold: s (% of wall) | Warm: s (% of wall) |',
    '| --- | ---: | ---: |',
    ...PHASES.map((phase) => `| ${PHASE_LABELS[phase]} | ${cell('full-cold', phase)} | ${cell('full-warm', phase)} |`),
  ].join('\n');
}

/**
 * One row per editor's change: medians of the full site's warm build after it, the pages it
 * rendered and copied, and its wall and CPU time against the baseline's warm build (the
 * issue's target is stated against that). CPU is the steadier ratio on a shared machine.
 */
export function scenarioTable(
  rows: readonly { label: string; runs: readonly BuildRun[] }[],
  warm: Record<'full-warm' | 'baseline-warm', readonly BuildRun[]>,
): string {
  const baseline = summarise(warm['baseline-warm']);
  const line = (label: string, runs: readonly BuildRun[]) => {
    const s = summarise(runs);
    const rendered = median(runs.map((run) => run.counts.rendered));
    const copied = median(runs.map((run) => run.counts.copied));
    return `| ${label} | ${fixed(s.wallS)} | ${fixed(s.cpuS)} | ${fixed(rendered, 0)} | ${fixed(copied, 0)} | ${fixed(s.peakMiB, 0)} | **${fixed(s.wallS / baseline.wallS, 2)}×** | ${fixed(s.cpuS / baseline.cpuS, 2)}× |`;
  };
  return (
    [
      '| Full site, warm build after… | Wall (s) | CPU (s) | Pages rendered | Pages copied | Peak RSS, tree (MiB) | Wall / baseline warm | CPU / baseline warm |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      line('no change', warm['full-warm']),
      ...rows.filter((row) => row.runs.length > 0).map((row) => line(row.label, row.runs)),
    ].join('\n') + `\n\nBaseline warm build: ${fixed(baseline.wallS)} s wall, ${fixed(baseline.cpuS)} s CPU.`
  );
}
