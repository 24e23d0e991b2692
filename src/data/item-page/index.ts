/**
 * The route data of every item page (article, story, exemplar, question, document, model,
 * chart), computed once per build from the catalog, as Starlight computes its route data:
 * path, trail, related links, neighbours, search facts, radio and share data. Routes pass a page to ItemLayout or
 * RadioPage and decide nothing. What is costly (the body, the radio script, the portrait) is
 * left to render time, so pages the incremental build reuses never pay for it.
 */
import { getCatalog } from '../catalog';
import { articlePages } from './articles';
import { chartPages } from './charts';
import { documentPages } from './documents';
import { exemplarPages } from './exemplars';
import { catalogLookups } from './lookups';
import { modelPages } from './models';
import { questionPages } from './questions';
import { storyPages } from './stories';
import type { ItemPages } from './types';

export type * from './types';

let pages: Promise<ItemPages> | undefined;

/** The item pages; the first call computes them all, later calls (every route) share the result. */
export function getItemPages(): Promise<ItemPages> {
  pages ??= getCatalog().then((catalog) => {
    const lookups = catalogLookups(catalog);
    return {
      articles: articlePages(catalog, lookups),
      stories: storyPages(catalog, lookups),
      exemplars: exemplarPages(catalog, lookups),
      questions: questionPages(catalog, lookups),
      documents: documentPages(catalog),
      models: modelPages(catalog, lookups),
      charts: chartPages(catalog),
    };
  });
  return pages;
}
