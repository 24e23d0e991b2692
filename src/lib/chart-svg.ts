/**
 * Draws a chart of the campaign's figures as SVG at build time, with Observable Plot on a
 * server-side DOM (linkedom): no JavaScript reaches the reader. Each label is written above
 * its bars so long labels in the report's own words stay readable on a phone.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatCount } from './text';

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

/** A figure as the report writes it, qualifier and unit included: "hơn 173.600 lượt". */
export function figureText(bar: ChartBar, unit: string): string {
  return [bar.qualifier, formatCount(bar.value), bar.unit ?? unit].filter(Boolean).join(' ');
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

/**
 * Width of the drawing in SVG units, near a phone's width in CSS pixels; CSS caps its size on
 * wide screens (ChartFigure), so text is drawn at about its size in units everywhere.
 */
const WIDTH = 360;
const MARGIN = 4;
/**
 * Text sizes in SVG units: on a 360 px phone the drawing is about 328 px wide, so a label is
 * drawn at 14.6 px and a figure at 14.1 px, as large as the site's small print (they were
 * 11.8 and 11.4 px at 13 and 12.5 units).
 */
const LABEL_SIZE = 16;
const FIGURE_SIZE = 15.5;
/** Height of one row (a line of a label, or a bar). */
const ROW = 26;
/** Characters of label per line at the label's size, so long labels wrap instead of overflowing. */
const LABEL_CHARS_PER_LINE = 34;
/** Room right of the longest bar for its figure ("hơn 173.600 lượt"), as a share of the longest bar. */
const FIGURE_ROOM = 0.75;
/**
 * Shortest bar drawn, in SVG units: a bar of 3 beside one of 1.266 would be a 0.5 px hairline
 * that reads as missing. The figure beside it gives the value.
 */
const MIN_BAR = 5;

/** The chart as an SVG string, hidden from screen readers (the table beside it carries the figures). */
export function chartSvg(chart: ChartInput): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const groups = chartGroups(chart);
  const rows = chartRows(chart);
  // Each label's band starts with rows left empty for the label's text, then one row per series.
  const labelLines = Math.max(...rows.map((row) => Math.ceil(row.label.length / LABEL_CHARS_PER_LINE)));
  const labelRows = Array.from({ length: labelLines }, (_, line) => `${LABEL_ROW}${line}`);
  const series = groups.length ? groups : [SINGLE];
  const longest = Math.max(...chart.bars.map((bar) => bar.value));
  const domainEnd = longest * (1 + FIGURE_ROOM);
  const shortest = (domainEnd * MIN_BAR) / (WIDTH - 2 * MARGIN);
  const data = chart.bars.map((bar) => ({
    ...bar,
    series: bar.group ?? SINGLE,
    text: figureText(bar, chart.unit),
    drawn: bar.value > 0 ? Math.max(bar.value, shortest) : 0,
  }));
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height: rows.length * (series.length + labelLines) * ROW + 12,
    marginLeft: MARGIN,
    marginRight: MARGIN,
    marginTop: 0,
    marginBottom: 0,
    style: null,
    x: { axis: null, domain: [0, domainEnd] },
    y: { axis: null, domain: [...labelRows, ...series], padding: 0.15 },
    fy: { axis: null, domain: rows.map((row) => row.label), padding: 0.08 },
    color: { domain: series, range: SERIES_COLOURS },
    marks: [
      Plot.text(rows, {
        fy: 'label',
        text: 'label',
        frameAnchor: 'top-left',
        dy: 3,
        fontSize: LABEL_SIZE,
        fontWeight: 600,
        lineWidth: LABEL_CHARS_PER_LINE * 0.55,
        lineHeight: ROW / LABEL_SIZE,
      }),
      Plot.barX(data, { fy: 'label', y: 'series', x: 'drawn', fill: 'series' }),
      Plot.text(data, {
        fy: 'label',
        y: 'series',
        x: 'drawn',
        // A grouped bar without its own unit names its series: "96 (tập thể)".
        text: (bar: (typeof data)[number]) => (bar.group && !bar.unit ? `${bar.text} (${bar.group.toLocaleLowerCase('vi')})` : bar.text),
        textAnchor: 'start',
        dx: 6,
        fontSize: FIGURE_SIZE,
      }),
    ],
  });
  svg.setAttribute('aria-hidden', 'true');
  svg.removeAttribute('class');
  svg.querySelector('style')?.remove();
  return svg.outerHTML;
}
