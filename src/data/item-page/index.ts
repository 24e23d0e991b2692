/**
 * The route data of every item page (article, story, exemplar, question, document, model,
 * chart, contest round, winning work), computed once per build from the catalog, as Starlight computes its route data:
 * path, trail, related links, neighbours, search facts, radio and share data. Routes pass a page to ItemLayout or
 * RadioPage and decide nothing. What is costly (the body, the radio script, the portrait) is
 * left to render time, so pages the incremental build reuses never pay for it.
 *
 * Each kind is one module (./<kind>.ts) that also says how the radio reads the item and what its
 * feed carries; `itemKinds` registers them, and nothing else in the site lists the kinds of item.
 */
import { getCatalog } from '../catalog';
import { articleKind } from './articles';
import { chartKind } from './charts';
import { contestKind } from './contests';
import { contestWorkKind } from './contest-works';
import { documentKind } from './documents';
import { exemplarKind } from './exemplars';
import { catalogLookups } from './lookups';
import { modelKind } from './models';
import { questionKind } from './questions';
import { storyKind } from './stories';

export type * from './types';
export type { ArticlePage } from './articles';
export type { StoryPage } from './stories';
export type { ExemplarPage } from './exemplars';
export type { QuestionPage } from './questions';
export type { DocumentPage } from './documents';
export type { ModelPage } from './models';
export type { ChartPage } from './charts';
export type { ContestPage } from './contests';
export type { ContestWorkPage } from './contest-works';

/** Every kind of item, by its collection, in the order the site-wide feed merges them. */
export const itemKinds = {
  articles: articleKind,
  stories: storyKind,
  exemplars: exemplarKind,
  questions: questionKind,
  documents: documentKind,
  models: modelKind,
  charts: chartKind,
  contests: contestKind,
  contestWorks: contestWorkKind,
};

/** A kind of item, named by its collection. */
export type ItemKindKey = keyof typeof itemKinds;

/** Every item page of the site, by kind, each list in the catalog's order. */
export type ItemPages = { [Key in ItemKindKey]: ReturnType<(typeof itemKinds)[Key]['pages']> };

/** Any item page. */
export type ItemPage = ItemPages[ItemKindKey][number];

let pages: Promise<ItemPages> | undefined;

/** The item pages; the first call computes them all, later calls (every route) share the result. */
export function getItemPages(): Promise<ItemPages> {
  pages ??= getCatalog().then((catalog) => {
    const lookups = catalogLookups(catalog);
    return Object.fromEntries(Object.entries(itemKinds).map(([key, kind]) => [key, kind.pages(catalog, lookups)])) as ItemPages;
  });
  return pages;
}
