/** The route data of every exemplar profile. */
import { getImage } from 'astro:assets';
import { ui } from '../../i18n/ui';
import { awardNames, recognitionYearsOf } from '../../lib/item-page/awards';
import { resolveRefs } from '../../lib/item-page/link-index';
import { exemplarSchemaKind } from '../../lib/item-page/schema-types';
import { absoluteUrl, exemplarPath, sections } from '../../lib/routes';
import { exemplarLd } from '../../lib/structured-data';
import type { Catalog } from '../catalog';
import { localityPlace } from '../../lib/localities';
import { radioItemFor } from '../radio-items';
import { siteUrl } from '../site-url';
import { pageBase } from './base';
import { exemplarFacts } from './facts';
import { questionLink, storyLink, type Lookups } from './lookups';
import type { ExemplarPage } from './types';

/** Exemplar profiles, newest first; profiles have no previous/next links. */
export function exemplarPages(catalog: Catalog, lookups: Lookups): ExemplarPage[] {
  return catalog.exemplars.map((exemplar): ExemplarPage => {
    const { name, kind, field, description, portrait, recognitions, relatedStories, pubDate, locality } = exemplar.data;
    const cover = portrait && { ...portrait, sizes: '(min-width: 32rem) 30rem, 100vw', widths: [360, 720] };
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
      facts: exemplarFacts(exemplar, catalog.localities),
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
      radio: { item: radioItemFor(exemplar), summary: description },
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
