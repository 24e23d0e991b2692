/** The route data of every story page. */
import { ui } from '../../i18n/ui';
import { prevNextLinks } from '../../lib/item-page/prev-next';
import { collectionPath, sections, storyPath } from '../../lib/routes';
import { entryReadingMinutes } from '../articles';
import type { Catalog } from '../catalog';
import { radioItemFor } from '../radio-items';
import { collectionSummaries } from '../stories';
import { itemArticleLd, pageBase } from './base';
import { storyFacts } from './facts';
import { exemplarLink, questionLink, type Lookups } from './lookups';
import type { StoryPage } from './types';

/** Story pages, collection by collection; previous and next stay within the collection. */
export function storyPages(catalog: Catalog, lookups: Lookups): StoryPage[] {
  return collectionSummaries(catalog.storyCollections, catalog.stories).flatMap(({ collection, stories: own }) =>
    own.map((story, index): StoryPage => {
      const { title, description, cover, themes, pubDate } = story.data;
      const base = pageBase(storyPath(collection.id, story.id), title, description, pubDate, cover);
      return {
        kind: 'story',
        entry: story,
        params: { collection: collection.id, story: story.id },
        ...base,
        eyebrow: { text: collection.data.title, href: collectionPath(collection.id) },
        lead: description,
        crumbs: [
          { name: ui.nav.stories, path: sections.stories },
          { name: collection.data.title, path: collectionPath(collection.id) },
          { name: title, path: base.path },
        ],
        shareSummary: description,
        metaLine: `${ui.stories.position(index + 1, own.length)} · ${ui.readingTime(entryReadingMinutes(story))}`,
        facts: storyFacts(story),
        collection,
        collectionStories: own,
        related: [
          {
            id: 'related-exemplars',
            heading: ui.stories.relatedExemplars,
            links: (lookups.exemplarsByStory.get(story.id) ?? []).map(exemplarLink),
          },
          {
            id: 'related-questions',
            heading: ui.questions.relatedQuestions,
            links: (lookups.questionsByStory.get(story.id) ?? []).map(questionLink),
          },
        ],
        prevNext: {
          label: collection.data.title,
          ...prevNextLinks(own, index, {
            link: (other) => ({ href: storyPath(collection.id, other.id), title: other.data.title }),
            previousLabel: ui.stories.previous,
            nextLabel: ui.stories.next,
          }),
        },
        search: { kind: 'story', date: pubDate, collection: collection.data.title },
        radio: { item: radioItemFor(story), summary: description },
        structuredData: async () => [itemArticleLd(base, { section: collection.data.title, keywords: themes })],
      };
    }),
  );
}
