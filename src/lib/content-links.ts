/**
 * Links between entries (an item's locality, a story's collection, a winning work's round, related stories,
 * exemplars and articles, where a model was replicated, a locality's parent) must reach an entry that exists; a published item's link
 * must also reach a published one, or the built site would carry a dead link.
 */
import type { ContentProblem } from './content-error';
import { findBrokenLinks, type Link } from './content-integrity';

/** Why a published item may not link to a draft or a scheduled item. */
const UNPUBLISHED_TARGET = 'Mục được liên kết tới là bản nháp hoặc chưa đến ngày đăng, nên trang này sẽ có liên kết hỏng.';

/** A reference as Astro's `reference()` gives it. */
interface Ref {
  collection: string;
  id: string;
}

/** What the link rules read of an entry. */
export interface LinkingEntry {
  collection: string;
  id: string;
  filePath?: string;
  /** Front matter; the link fields below are read where present. */
  data: object;
}

/** The fields that hold links, on whichever kind has them. */
type LinkFields = {
  locality?: Ref;
  collection?: Ref;
  round?: Ref;
  relatedStories?: Ref[];
  relatedExemplars?: Ref[];
  relatedArticles?: Ref[];
  replicatedIn?: Ref[];
  parent?: Ref;
};

/** The file an entry's problems are reported against. */
export const fileOf = (entry: { filePath?: string; id: string; collection: string }): string =>
  entry.filePath ?? `${entry.collection}/${entry.id}`;

/** Every link an entry makes, with the field it is written in. */
export function linksOf(entry: LinkingEntry): Link[] {
  const file = fileOf(entry);
  const {
    locality,
    collection,
    round,
    relatedStories = [],
    relatedExemplars = [],
    relatedArticles = [],
    replicatedIn = [],
    parent,
  } = entry.data as LinkFields;
  const refs: { field: string; ref: Ref | undefined }[] = [
    { field: 'locality', ref: locality },
    { field: 'collection', ref: entry.collection === 'stories' ? collection : undefined },
    { field: 'round', ref: round },
    // Localities share one file, so the field names the locality.
    { field: entry.collection === 'localities' ? `${entry.id}.parent` : 'parent', ref: parent },
    ...relatedStories.map((ref, i) => ({ field: `relatedStories[${i}]`, ref })),
    ...relatedExemplars.map((ref, i) => ({ field: `relatedExemplars[${i}]`, ref })),
    ...relatedArticles.map((ref, i) => ({ field: `relatedArticles[${i}]`, ref })),
    ...replicatedIn.map((ref, i) => ({ field: `replicatedIn[${i}]`, ref })),
  ];
  return refs.flatMap(({ field, ref }) => (ref ? [{ file, field, collection: ref.collection, id: ref.id }] : []));
}

/**
 * Problems with the links of `entries`: a target that does not exist, or a published
 * entry pointing at one that is not published. `targets` holds every entry a link may
 * point to, `published` says which entries are on the site.
 */
export function findLinkProblems(
  entries: readonly LinkingEntry[],
  targets: readonly LinkingEntry[],
  published: (entry: LinkingEntry) => boolean,
): ContentProblem[] {
  const idsBy = (list: readonly LinkingEntry[]) => {
    const ids = new Map<string, Set<string>>();
    for (const { collection, id } of list) ids.set(collection, (ids.get(collection) ?? new Set()).add(id));
    return ids;
  };
  const missing = findBrokenLinks(entries.flatMap(linksOf), idsBy(targets));
  const reported = new Set(missing.map((problem) => `${problem.file}#${problem.field}`));
  const toUnpublished = findBrokenLinks(entries.filter(published).flatMap(linksOf), idsBy(targets.filter(published)))
    .filter((problem) => !reported.has(`${problem.file}#${problem.field}`))
    .map((problem) => ({ ...problem, message: UNPUBLISHED_TARGET }));
  return [...missing, ...toUnpublished];
}
