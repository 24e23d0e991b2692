/**
 * Draws a chart of the campaign's figures as SVG at build time, with Observable Plot on a
 * server-side DOM (linkedom): no JavaScript reaches the reader. Each label is written above
 * its bars so long labels in the report's own words stay readable on a phone.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** One bar of a chart, as in the schema. */
export interface ChartBar {
  label: string;
  group?: string;
  value: number;
  qualifier?: string;
  unit?: string;
}

/** What the drawing needs of a chart. */
export interface ChartInput {
  unit: string;
  bars: readonly ChartBar[];
}

const numberFormat = new Intl.NumberFormat('vi-VN');

/** A figure as the report writes it, qualifier and unit included: "hơn 173.600 lượt". */
export function figureText(bar: ChartBar, unit: string): string {
  return [bar.qualifier, numberFormat.format(bar.value), bar.unit ?? unit].filter(Boolean).join(' ');
}

/** The groups (series) of a chart in first-seen order; empty when bars are not grouped. */
export const chartGroups = (chart: ChartInput): string[] => [...new Set(chart.bars.flatMap((bar) => (bar.group ? [bar.group] : [])))];

/** The labels of a chart in first-seen order, each with its bars. */
export function chartRows(chart: ChartInput): { label: string; bars: ChartBar[] }[] {
  const labels = [...new Set(chart.bars.map((bar) => bar.label))];
  return labels.map((label) => ({ label, bars: chart.bars.filter((bar) => bar.label === label) }));
}

/** Colours of the series: the site's red and gold, dark enough for text on white. */
const SERIES_COLOURS = ['#b3261e', '#8a6100', '#4a5a6a'];

/** Names of the label's own row and of the only series of an ungrouped chart, inside the y scale. */
const LABEL_ROW = '\u0000label';
const SINGLE = '\u0000bar';

/** Width of the drawing in SVG units; it scales to the column with CSS. */
const WIDTH = 640;

/** The chart as an SVG string, hidden from screen readers (the table beside it carries the figures). */
export function chartSvg(chart: ChartInput): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const groups = chartGroups(chart);
  const rows = chartRows(chart);
  // Each label's band has a first, empty row for the label's text, then one row per series.
  const series = groups.length ? groups : [SINGLE];
  const data = chart.bars.map((bar) => ({ ...bar, series: bar.group ?? SINGLE, text: figureText(bar, chart.unit) }));
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height: rows.length * (series.length + 1) * 30 + 10,
    marginLeft: 4,
    marginRight: 4,
    marginTop: 0,
    marginBottom: 0,
    style: null,
    x: { axis: null, domain: [0, Math.max(...chart.bars.map((bar) => bar.value)) * 1.45] },
    y: { axis: null, domain: [LABEL_ROW, ...series], padding: 0.18 },
    fy: { axis: null, domain: rows.map((row) => row.label), padding: 0.08 },
    color: { domain: series, range: SERIES_COLOURS },
    marks: [
      Plot.text(rows, { fy: 'label', text: 'label', frameAnchor: 'top-left', dy: 4, fontSize: 15, fontWeight: 600, lineWidth: 60 }),
      Plot.barX(data, { fy: 'label', y: 'series', x: 'value', fill: 'series' }),
      Plot.text(data, {
        fy: 'label',
        y: 'series',
        x: 'value',
        // A grouped bar without its own unit names its series: "96 (tập thể)".
        text: (bar: (typeof data)[number]) => (bar.group && !bar.unit ? `${bar.text} (${bar.group.toLocaleLowerCase('vi')})` : bar.text),
        textAnchor: 'start',
        dx: 6,
        fontSize: 14,
      }),
    ],
  });
  svg.setAttribute('aria-hidden', 'true');
  svg.removeAttribute('class');
  svg.querySelector('style')?.remove();
  return svg.outerHTML;
}
