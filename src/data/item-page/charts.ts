/** Charts: the route data of every chart page, how the radio reads a chart, its feed entry. */
import type { RSSFeedItem } from '@astrojs/rss';
import { ui } from '../../i18n/ui';
import { chartPath, sections } from '../../lib/routes';
import { chartRows, figureText } from '../../lib/chart-svg';
import { escapeHtml } from '../../lib/escape-html';
import { newestFirst } from '../../lib/feeds';
import type { Catalog, Chart } from '../catalog';
import type { RadioItem } from '../radio';
import { itemArticleLd, pageBase, radioItem } from './base';
import type { ItemKind, ItemPageBase } from './types';

/** A chart page (số liệu): one chart, so it can be shared with its own preview. */
export interface ChartPage extends ItemPageBase {
  kind: 'chart';
  entry: Chart;
  params: { slug: string };
}

/** Chart pages, in the charts' order; charts have no previous/next links. */
function chartPages(catalog: Catalog): ChartPage[] {
  return catalog.charts.map((chart): ChartPage => {
    const { title, description, pubDate } = chart.data;
    const base = pageBase(chartPath(chart.id), title, description, pubDate, undefined);
    return {
      kind: 'chart',
      entry: chart,
      params: { slug: chart.id },
      ...base,
      eyebrow: { text: ui.kinds.chart, href: sections.charts },
      lead: description,
      crumbs: [
        { name: ui.nav.charts, path: sections.charts },
        { name: title, path: base.path },
      ],
      shareSummary: description,
      poster: {
        heading: ui.poster.heading.chart,
        title,
        lines: [],
        list: chartRows(chart.data).map(({ label, bars }) => `${label}: ${bars.map((bar) => figureText(bar, chart.data.unit)).join(', ')}`),
        facts: [{ label: ui.charts.period, value: chart.data.period }],
        source: `${ui.charts.source}: ${chart.data.source}`,
      },
      related: [],
      search: { kind: 'chart', date: pubDate },
      radio: { item: chartRadio(chart), summary: description },
      structuredData: async () => [itemArticleLd(base, { section: ui.kinds.chart })],
    };
  });
}

/** A chart read aloud as its table shows it: the summary, each label with its figures and the report's qualifiers, the note, the source. */
function chartRadio(chart: Chart): RadioItem {
  const { description, unit, note, source } = chart.data;
  const row = (label: string, bars: readonly Parameters<typeof figureText>[0][]) =>
    `<li>${escapeHtml(label)}: ${bars.map((bar) => escapeHtml(figureText(bar, unit))).join(', ')}.</li>`;
  return radioItem(chart, {
    path: chartPath(chart.id),
    title: chart.data.title,
    kindLabel: ui.kinds.chart,
    bodyHtml: async () =>
      `<p>${escapeHtml(description)}</p><ul>${chartRows(chart.data)
        .map(({ label, bars }) => row(label, bars))
        .join('')}</ul>${note ? `<p>${escapeHtml(note)}</p>` : ''}<p>${ui.charts.source}: ${escapeHtml(source)}</p>`,
  });
}

/** A chart in the feeds. */
function chartFeedEntry(chart: Chart): RSSFeedItem {
  const { title, pubDate, description } = chart.data;
  return { title, link: chartPath(chart.id), pubDate, description, categories: [ui.kinds.chart] };
}

/** Charts: pages, radio and feed (newest first, unlike their page, which goes by `order`). */
export const chartKind: ItemKind<Chart, ChartPage> = {
  pages: chartPages,
  radio: chartRadio,
  feed: (catalog) => newestFirst(catalog.charts.map(chartFeedEntry)),
};
