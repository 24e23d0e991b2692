/** Exemplars: the route data of every profile, how the radio reads a profile, its feed entry. */
import type { RSSFeedItem } from '@astrojs/rss';
import { getImage } from 'astro:assets';
import { ui } from '../../i18n/ui';
import { awardNames, recognitionYearsOf } from '../../lib/item-page/awards';
import { resolveRefs } from '../../lib/item-page/link-index';
import { exemplarSchemaKind } from '../../lib/item-page/schema-types';
import { absoluteUrl, exemplarPath, sections } from '../../lib/routes';
import { exemplarLd } from '../../lib/structured-data';
import type { Catalog, Exemplar } from '../catalog';
import type { RadioItem } from '../radio';
import { shareTitle } from '../sample';
import { localityPlace } from '../../lib/localities';
import { siteUrl } from '../site-url';
import { bodyRadio, pageBase } from './base';
import { exemplarFacts } from './facts';
import { questionLink, storyLink } from './lookups';
import type { ItemFact, ItemKind, ItemPageBase, Lookups } from './types';

/** An exemplar profile. */
export interface ExemplarPage extends ItemPageBase {
  kind: 'exemplar';
  entry: Exemplar;
  params: { slug: string };
  /** Kind, locality, field, ethnicity and model, under the header. */
  facts: ItemFact[];
}

/** Exemplar profiles, newest first; profiles have no previous/next links. */
function exemplarPages(catalog: Catalog, lookups: Lookups): ExemplarPage[] {
  return catalog.exemplars.map((exemplar): ExemplarPage => {
    const { name, kind, field, description, portrait, recognitions, relatedStories, pubDate, locality } = exemplar.data;
    const cover = portrait && { ...portrait, sizes: '10rem', widths: [160, 320] };
    const base = pageBase(exemplarPath(exemplar.id), name, description, pubDate, cover);
    return {
      kind: 'exemplar',
      entry: exemplar,
      params: { slug: exemplar.id },
      ...base,
      eyebrow: { text: `${ui.exemplars.kindNames[kind]} · ${field}` },
      lead: description,
      crumbs: [
        { name: ui.nav.exemplars, path: sections.exemplars },
        { name, path: base.path },
      ],
      shareSummary: description,
      poster: {
        heading: ui.poster.heading.exemplar,
        title: name,
        lines: [description],
        list: [],
        facts: [
          { label: ui.locality, value: localityPlace(locality.id, catalog.localities) },
          { label: ui.exemplars.model, value: exemplar.data.model },
        ],
      },
      facts: exemplarFacts(exemplar, catalog.localities),
      body: exemplar,
      related: [
        {
          id: 'related-stories',
          heading: ui.exemplars.relatedStories,
          links: resolveRefs(relatedStories, lookups.storiesById).map(storyLink),
        },
        {
          id: 'related-questions',
          heading: ui.questions.relatedQuestions,
          links: (lookups.questionsByExemplar.get(exemplar.id) ?? []).map(questionLink),
        },
      ],
      search: {
        kind: 'exemplar',
        date: pubDate,
        localities: lookups.searchLocalities(locality.id),
        field,
        years: recognitionYearsOf(recognitions),
      },
      radio: { item: exemplarRadio(exemplar), summary: description },
      structuredData: async () => {
        const image = portrait && (await getImage({ src: portrait.src, width: Math.min(720, portrait.src.width), format: 'jpg' }));
        return [
          exemplarLd({
            kind: exemplarSchemaKind(kind),
            name,
            description,
            url: base.url,
            image: image && absoluteUrl(image.src, siteUrl),
            place: localityPlace(locality.id, catalog.localities),
            awards: awardNames(recognitions),
          }),
        ];
      },
    };
  });
}

/** A profile read aloud: the name, then the body. */
function exemplarRadio(exemplar: Exemplar): RadioItem {
  return bodyRadio(exemplar, { path: exemplarPath(exemplar.id), title: exemplar.data.name, kindLabel: ui.kinds.exemplar });
}

/** A profile in the feeds, filed under its field and kind; a made-up one's title carries the mark. */
function exemplarFeedEntry(exemplar: Exemplar): RSSFeedItem {
  const { name, pubDate, description, sample, field, kind } = exemplar.data;
  return {
    title: shareTitle(name, sample),
    link: exemplarPath(exemplar.id),
    pubDate,
    description,
    categories: [ui.kinds.exemplar, field, kind],
  };
}

/** Exemplars: pages, radio and feed (in the catalog's order, already newest first). */
export const exemplarKind: ItemKind<Exemplar, ExemplarPage> = {
  pages: exemplarPages,
  radio: exemplarRadio,
  feed: (catalog) => catalog.exemplars.map(exemplarFeedEntry),
};
