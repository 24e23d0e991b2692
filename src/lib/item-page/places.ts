/** How an item found in several places is filed by the site search. */
import { searchLocalities, type Localities } from '../localities';

/**
 * The search labels of every place an item is found in (a model: where it started, then each
 * place it was replicated in), each with those above it (`searchLocalities`), once each, in
 * that order: the model filter pages list a model under each of these places too.
 */
export const searchLocalitiesOfPlaces = (ids: readonly string[], localities: Localities): string[] => [
  ...new Set(ids.flatMap((id) => searchLocalities(id, localities))),
];
