/**
 * How items link to each other, prepared once per build: Maps by id and reverse indexes (which
 * questions name a story), and one mapping per kind from an entry to the link other pages show.
 */
import { ui } from '../../i18n/ui';
import { indexById, reverseIndex } from '../../lib/item-page/link-index';
import { searchLocalities } from '../../lib/localities';
import { articlePath, exemplarPath, questionPath, storyPath } from '../../lib/routes';
import type { Article, Catalog, Exemplar, Question, Story } from '../catalog';
import type { ItemLink } from './types';
import { shareTitle } from '../sample';

/** The catalog's items by id and by what links to them. */
export interface Lookups {
  articlesById: ReadonlyMap<string, Article>;
  storiesById: ReadonlyMap<string, Story>;
  exemplarsById: ReadonlyMap<string, Exemplar>;
  questionsByStory: ReadonlyMap<string, Question[]>;
  questionsByExemplar: ReadonlyMap<string, Question[]>;
  exemplarsByStory: ReadonlyMap<string, Exemplar[]>;
  /** A locality's name by id; undefined for no id. */
  localityName: (id: string | undefined) => string | undefined;
  /** The search filter's labels of a locality and those above it (`searchLocalities`); none for no id. */
  searchLocalities: (id: string | undefined) => string[];
}

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
