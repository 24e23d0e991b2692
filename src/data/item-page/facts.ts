/**
 * The facts listed under an item's header (an exemplar's, a model's, a document's, a story's),
 * as data: each value names what it is filed under and links to that list, so one component
 * (ItemFacts) renders them all, and the page key digests exactly the names shown.
 */
import { ui } from '../../i18n/ui';
import { dayKey } from '../../lib/dates';
import { documentYear } from '../../lib/documents';
import { localityLabel, localityPlace } from '../../lib/localities';
import { onThisDayPath, themePath } from '../../lib/routes';
import { slugify } from '../../lib/slug';
import type { Document, Exemplar, Locality, Model, Story } from '../catalog';
import { documentFacets } from '../list-page/documents';
import { exemplarFacets } from '../list-page/exemplars';
import { modelFacets } from '../list-page/models';
import type { ItemFact } from './types';

/** Where an item is: the locality with everything above it, linked to its list, and what it belongs to now. */
function localityFact(label: string, id: string, localities: ReadonlyMap<string, Locality>, href: string): ItemFact {
  return { label, values: [{ text: localityPlace(id, localities), href }], note: localities.get(id)?.data.now };
}

/** Kind, locality, field, ethnicity (when given) and the model the exemplar is known for. */
export function exemplarFacts(exemplar: Exemplar, localities: ReadonlyMap<string, Locality>): ItemFact[] {
  const { kind, locality, field, ethnicity, model } = exemplar.data;
  return [
    {
      label: ui.exemplars.kind,
      values: [{ text: ui.exemplars.kindNames[kind], href: exemplarFacets.dimensions.loai.pathOf(slugify(kind)) }],
    },
    localityFact(ui.locality, locality.id, localities, exemplarFacets.dimensions['dia-ban'].pathOf(locality.id)),
    { label: ui.exemplars.field, values: [{ text: field, href: exemplarFacets.dimensions['linh-vuc'].pathOf(slugify(field)) }] },
    ...(ethnicity ? [{ label: ui.exemplars.ethnicity, values: [{ text: ethnicity }] }] : []),
    { label: ui.exemplars.model, values: [{ text: model }] },
  ];
}

/** Locality, field, start year, who runs the model and where it was replicated (when anywhere). */
export function modelFacts(model: Model, localities: ReadonlyMap<string, Locality>): ItemFact[] {
  const { locality, field, startYear, runBy, replicatedIn } = model.data;
  const replicated = replicatedIn.map((place) => ({
    text: localityLabel(place.id, localities),
    href: modelFacets.dimensions['dia-ban'].pathOf(place.id),
  }));
  return [
    localityFact(ui.models.locality, locality.id, localities, modelFacets.dimensions['dia-ban'].pathOf(locality.id)),
    { label: ui.models.field, values: [{ text: field, href: modelFacets.dimensions['linh-vuc'].pathOf(slugify(field)) }] },
    { label: ui.models.startYear, values: [{ text: String(startYear) }] },
    { label: ui.models.runBy, values: [{ text: runBy }] },
    ...(replicated.length > 0 ? [{ label: ui.models.replicatedIn, values: replicated }] : []),
  ];
}

/** Type, number (when it has one), issuer, and the date of issue with its year, or the year alone; type and year link to their lists. */
export function documentFacts(document: Document): ItemFact[] {
  const { type, number, issuer, issued } = document.data;
  const year = String(documentYear(document.data));
  const yearPath = documentFacets.dimensions.nam.pathOf(year);
  return [
    { label: ui.documents.type, values: [{ text: type, href: documentFacets.dimensions.loai.pathOf(slugify(type)) }] },
    ...(number ? [{ label: ui.documents.number, values: [{ text: number }] }] : []),
    { label: ui.documents.issuer, values: [{ text: issuer }] },
    issued
      ? { label: ui.documents.issued, values: [{ date: issued }], aside: { text: year, href: yearPath } }
      : { label: ui.documents.year, values: [{ text: year, href: yearPath }] },
  ];
}

/** When the story happened (its day's "ngày này năm xưa" page when the date is exact), where, and its themes. */
export function storyFacts(story: Story): ItemFact[] {
  const { when, date, place, themes } = story.data;
  return [
    { label: ui.stories.when, values: [{ text: when }], aside: date && { text: ui.nav.onThisDay, href: onThisDayPath(dayKey(date)) } },
    { label: ui.stories.place, values: [{ text: place }] },
    { label: ui.stories.themesLabel, values: themes.map((theme) => ({ text: theme, href: themePath(slugify(theme)) })), row: true },
  ];
}
