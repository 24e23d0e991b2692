/**
 * How items link to each other, prepared once per build: Maps by id and reverse indexes (which
 * questions name a story), and one mapping per kind from an entry to the link other pages show.
 */
import { ui } from '../../i18n/ui';
import { indexById, reverseIndex } from '../../lib/item-page/link-index';
import { searchLocalities } from '../../lib/localities';
import { articlePath, contestWorkPath, exemplarPath, questionPath, storyPath } from '../../lib/routes';
import type { Article, Catalog, ContestWork, Exemplar, Question, Story } from '../catalog';
import { shareTitle } from '../sample';
import type { ItemLink, Lookups } from './types';

/** The lookups of a catalog. */
export function catalogLookups(catalog: Catalog): Lookups {
  return {
    articlesById: indexById(catalog.articles),
    storiesById: indexById(catalog.stories),
    exemplarsById: indexById(catalog.exemplars),
    questionsByStory: reverseIndex(catalog.questions, (question) => question.data.relatedStories),
    questionsByExemplar: reverseIndex(catalog.questions, (question) => question.data.relatedExemplars),
    exemplarsByStory: reverseIndex(catalog.exemplars, (exemplar) => exemplar.data.relatedStories),
    localityName: (id) => (id ? catalog.localities.get(id)?.data.name : undefined),
    searchLocalities: (id) => (id ? searchLocalities(id, catalog.localities) : []),
  };
}

/** How an article is linked from another item. */
export const articleLink = (article: Article): ItemLink => ({
  href: articlePath(article.id),
  title: article.data.title,
  meta: article.data.description,
});

/** How a story is linked from another item. */
export const storyLink = (story: Story): ItemLink => ({
  href: storyPath(story.data.collection.id, story.id),
  title: story.data.title,
  meta: story.data.description,
});

/** How an exemplar is linked from another item: a made-up profile with its mark. */
export const exemplarLink = (exemplar: Exemplar): ItemLink => ({
  href: exemplarPath(exemplar.id),
  title: shareTitle(exemplar.data.name, exemplar.data.sample),
  meta: exemplar.data.description,
});

/** How a question is linked from another item. */
export const questionLink = (question: Question): ItemLink => ({
  href: questionPath(question.data.year, question.data.week),
  title: question.data.question,
  meta: ui.questions.week(question.data.week, question.data.year),
});

/** How a winning work is linked from its round and from other works: its title, its author and prize, a made-up one with its mark. */
export const contestWorkLink = (work: ContestWork): ItemLink => ({
  href: contestWorkPath(work.id),
  title: shareTitle(work.data.title, work.data.sample),
  meta: ui.contests.workMeta(work.data.author, work.data.prize),
});
