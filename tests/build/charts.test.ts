/**
 * The charts section ("Số liệu", /so-lieu/) of the built site, checked against the chart files
 * read independently of Astro: every chart listed, on its own page, drawn without script, with its table.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, distDir } from '../support/dist';
import { chartPath, sections } from '../../src/lib/routes';
import { shareImagePath } from '../../src/lib/share-image/paths';
import { publishedEntries } from '../support/content-files';

const charts = publishedEntries('charts', /\.ya?ml$/);

describe('Số liệu', () => {
  it('has every chart on the list and on a page of its own with its share image', () => {
    expect(charts.length).toBeGreaterThan(0);
    expect(
      builtPage(sections.charts)
        .root.querySelectorAll('[data-chart]')
        .map((chart) => chart.getAttribute('data-chart'))
        .sort(),
    ).toEqual(charts.map((chart) => chart.id).sort());
    for (const chart of charts) expect(existsSync(path.join(distDir, shareImagePath(chartPath(chart.id))))).toBe(true);
  });

  it.each(charts.map((chart) => [chart.id, chart] as const))(
    '%s: an SVG bar per figure and a table with the report’s qualifiers, no script',
    (_id, chart) => {
      const page = builtPage(chartPath(chart.id));
      const figure = page.root.querySelector('[data-chart]');
      const bars = chart.data.bars as { value: number; qualifier?: string }[];
      expect(figure?.querySelectorAll('svg rect')).toHaveLength(bars.length);
      expect(figure?.querySelector('svg style')).toBeNull();
      const cells = figure?.querySelectorAll('td').map((cell) => cell.text) ?? [];
      for (const bar of bars) {
        const number = new Intl.NumberFormat('vi-VN').format(bar.value);
        expect(cells.some((cell) => cell.startsWith(bar.qualifier ? `${bar.qualifier} ${number}` : number))).toBe(true);
      }
      expect(figure?.text).toContain(String(chart.data.source));
      if (chart.data.note) expect(figure?.text).toContain(String(chart.data.note));
      expect(figure?.querySelector('script')).toBeNull();
    },
  );
});
