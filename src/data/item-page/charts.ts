/** The route data of every chart page. */
import { ui } from '../../i18n/ui';
import { chartPath, sections } from '../../lib/routes';
import type { Catalog } from '../catalog';
import { radioItemFor } from '../radio-items';
import { itemArticleLd, pageBase } from './base';
import type { ChartPage } from './types';

/** Chart pages, in the charts' order; charts have no previous/next links. */
export function chartPages(catalog: Catalog): ChartPage[] {
  return catalog.charts.map((chart): ChartPage => {
    const { title, description, pubDate } = chart.data;
    const base = pageBase(chartPath(chart.id), title, description, pubDate, undefined);
    return {
      kind: 'chart',
      entry: chart,
      params: { slug: chart.id },
      ...base,
      eyebrow: { text: ui.kinds.chart, href: sections.figures },
      lead: description,
      crumbs: [
        { name: ui.nav.figures, path: sections.figures },
        { name: title, path: base.path },
      ],
      shareSummary: description,
      related: [],
      search: { kind: 'chart', date: pubDate },
      radio: { item: radioItemFor(chart), summary: description },
      structuredData: async () => [itemArticleLd(base, { section: ui.kinds.chart })],
    };
  });
}
