/** The route data of every model page. */
import { ui } from '../../i18n/ui';
import { resolveRefs } from '../../lib/item-page/link-index';
import { searchLocalitiesOfPlaces } from '../../lib/item-page/places';
import { modelPath, sections } from '../../lib/routes';
import type { Catalog } from '../catalog';
import { radioItemFor } from '../radio-items';
import { itemArticleLd, pageBase } from './base';
import { modelFacts } from './facts';
import { articleLink, exemplarLink, type Lookups } from './lookups';
import type { ModelPage } from './types';

/** Model pages, newest first; models have no previous/next links. */
export function modelPages(catalog: Catalog, lookups: Lookups): ModelPage[] {
  return catalog.models.map((model): ModelPage => {
    const { name, description, field, pubDate, startYear, locality, replicatedIn, relatedExemplars, relatedArticles } = model.data;
    const base = pageBase(modelPath(model.id), name, description, pubDate, undefined);
    return {
      kind: 'model',
      entry: model,
      params: { slug: model.id },
      ...base,
      eyebrow: { text: `${ui.kinds.model} · ${field}` },
      lead: description,
      crumbs: [
        { name: ui.nav.models, path: sections.models },
        { name, path: base.path },
      ],
      shareSummary: description,
      facts: modelFacts(model, catalog.localities),
      related: [
        {
          id: 'related-exemplars',
          heading: ui.models.relatedExemplars,
          links: resolveRefs(relatedExemplars, lookups.exemplarsById).map(exemplarLink),
        },
        {
          id: 'related-articles',
          heading: ui.models.relatedArticles,
          links: resolveRefs(relatedArticles, lookups.articlesById).map(articleLink),
        },
      ],
      // Filed, like the model filter pages, under where it started and every place it was replicated in.
      search: {
        kind: 'model',
        date: pubDate,
        localities: searchLocalitiesOfPlaces([locality.id, ...replicatedIn.map((place) => place.id)], catalog.localities),
        field,
        years: [startYear],
      },
      radio: { item: radioItemFor(model), summary: description },
      structuredData: async () => [itemArticleLd(base, { section: field })],
    };
  });
}
