/** Models: the route data of every model page, how the radio reads a model, its feed entry. */
import type { RSSFeedItem } from '@astrojs/rss';
import { ui } from '../../i18n/ui';
import { resolveRefs } from '../../lib/item-page/link-index';
import { searchLocalitiesOfPlaces } from '../../lib/item-page/places';
import { modelPath, sections } from '../../lib/routes';
import { escapeHtml } from '../../lib/escape-html';
import { localityPlace } from '../../lib/localities';
import type { Catalog, Model } from '../catalog';
import { entryHtml } from '../entry-html';
import type { RadioItem } from '../radio';
import { shareTitle } from '../sample';
import { itemArticleLd, pageBase, radioItem } from './base';
import { modelFacts } from './facts';
import { articleLink, exemplarLink } from './lookups';
import type { ItemFact, ItemKind, ItemPageBase, Lookups } from './types';

/** A model page (mô hình hay, cách làm mới). */
export interface ModelPage extends ItemPageBase {
  kind: 'model';
  entry: Model;
  params: { slug: string };
  /** Locality, field, start year, who runs it and where it was replicated, under the header. */
  facts: ItemFact[];
}

/** Model pages, newest first; models have no previous/next links. */
function modelPages(catalog: Catalog, lookups: Lookups): ModelPage[] {
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
      poster: {
        heading: ui.poster.heading.model,
        title: name,
        lines: [description],
        list: model.data.results,
        facts: [
          { label: ui.models.locality, value: localityPlace(locality.id, catalog.localities) },
          { label: ui.models.runBy, value: model.data.runBy },
        ],
      },
      facts: modelFacts(model, catalog.localities),
      body: model,
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
      radio: { item: modelRadio(model), summary: description },
      structuredData: async () => [itemArticleLd(base, { section: field })],
    };
  });
}

/** A model read aloud: its summary, its body, then what has changed, as a list. */
function modelRadio(model: Model): RadioItem {
  const { description, results } = model.data;
  return radioItem(model, {
    path: modelPath(model.id),
    title: model.data.name,
    kindLabel: ui.kinds.model,
    bodyHtml: async () =>
      `<p>${escapeHtml(description)}</p>${await entryHtml(model)}<h2>${ui.models.results}</h2><ul>${results.map((result) => `<li>${escapeHtml(result)}</li>`).join('')}</ul>`,
  });
}

/** A model in the feeds, filed under its field; a made-up one's title carries the mark. */
function modelFeedEntry(model: Model): RSSFeedItem {
  const { name, pubDate, description, sample, field } = model.data;
  return { title: shareTitle(name, sample), link: modelPath(model.id), pubDate, description, categories: [ui.kinds.model, field] };
}

/** Models: pages, radio and feed (in the catalog's order, already newest first). */
export const modelKind: ItemKind<Model, ModelPage> = {
  pages: modelPages,
  radio: modelRadio,
  feed: (catalog) => catalog.models.map(modelFeedEntry),
};
