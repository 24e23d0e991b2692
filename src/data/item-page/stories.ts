/** Stories: the route data of every story page, how the radio reads a story, its feed entry. */
import type { RSSFeedItem } from '@astrojs/rss';
import { ui } from '../../i18n/ui';
import { prevNextLinks } from '../../lib/item-page/prev-next';
import { collectionPath, sections, storyPath } from '../../lib/routes';
import { entryReadingMinutes } from '../articles';
import { escapeHtml } from '../../lib/escape-html';
import { newestFirst } from '../../lib/feeds';
import type { Catalog, Story, StoryCollection } from '../catalog';
import { entryHtml } from '../entry-html';
import type { RadioItem } from '../radio';
import { collectionSummaries } from '../stories';
import { itemArticleLd, pageBase, radioItem } from './base';
import { storyFacts } from './facts';
import { exemplarLink, questionLink } from './lookups';
import type { ItemFact, ItemKind, ItemPageBase, Lookups } from './types';

/** A story page. */
export interface StoryPage extends ItemPageBase {
  kind: 'story';
  entry: Story;
  params: { collection: string; story: string };
  /** "Chuyện 2/5 · 4 phút đọc". */
  metaLine: string;
  /** When and where it happened and its themes, under the header. */
  facts: ItemFact[];
  collection: StoryCollection;
  /** The collection's stories, for its table of contents. */
  collectionStories: Story[];
}

/** Story pages, collection by collection; previous and next stay within the collection. */
function storyPages(catalog: Catalog, lookups: Lookups): StoryPage[] {
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
        body: story,
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
        radio: { item: storyRadio(story), summary: description },
        structuredData: async () => [itemArticleLd(base, { section: collection.data.title, keywords: themes })],
      };
    }),
  );
}

/** A story read aloud: its title, its body, then the lesson to follow today. */
function storyRadio(story: Story): RadioItem {
  return radioItem(story, {
    path: storyPath(story.data.collection.id, story.id),
    title: story.data.title,
    kindLabel: ui.kinds.story,
    bodyHtml: async () => `${await entryHtml(story)}<h2>${ui.radio.lessonHeading}</h2><p>${escapeHtml(story.data.lesson)}</p>`,
  });
}

/** A story in the feeds: its summary with its lesson, filed under its themes. */
function storyFeedEntry(story: Story): RSSFeedItem {
  const { title, pubDate, description, lesson, themes } = story.data;
  return {
    title,
    link: storyPath(story.data.collection.id, story.id),
    pubDate,
    description: `${description} ${lesson}`,
    categories: [ui.kinds.story, ...themes],
  };
}

/** Stories: pages, radio and feed (newest first, across collections). */
export const storyKind: ItemKind<Story, StoryPage> = {
  pages: storyPages,
  radio: storyRadio,
  feed: (catalog) => newestFirst(catalog.stories.map(storyFeedEntry)),
};
