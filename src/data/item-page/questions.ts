/** Weekly questions: the route data of every question page, how the radio reads a question, its feed entry. */
import type { RSSFeedItem } from '@astrojs/rss';
import { ui } from '../../i18n/ui';
import { padWeek } from '../../lib/iso-week';
import { resolveRefs } from '../../lib/item-page/link-index';
import { prevNextLinks } from '../../lib/item-page/prev-next';
import { questionPath, questionYearPath, sections } from '../../lib/routes';
import { questionLd } from '../../lib/structured-data';
import { markdownToPlain } from '../../lib/text';
import { escapeHtml } from '../../lib/escape-html';
import { RADIO_ROLE, RADIO_SOURCE } from '../../lib/page-markers';
import type { Catalog, Question } from '../catalog';
import { entryHtml } from '../entry-html';
import type { RadioItem } from '../radio';
import { questionWeek } from '../questions';
import { publisher } from '../site-url';
import { pageBase, radioItem } from './base';
import { exemplarLink, storyLink } from './lookups';
import type { ItemKind, ItemPageBase, Lookups, PosterContent, RelatedList } from './types';

/** A question's poster: Bác's words it quotes, as "Lời Bác dạy", with where they are published; not the question, whose answer is on the page. */
function questionPoster(question: Question): PosterContent {
  const { text, source } = question.data.quote;
  return {
    heading: ui.poster.heading.question,
    title: text,
    quote: { speaker: ui.poster.speaker, source },
    lines: [],
    list: [],
    facts: [],
  };
}

/** A weekly question page. */
export interface QuestionPage extends ItemPageBase {
  kind: 'question';
  entry: Question;
  params: { year: string; week: string };
  /** Monday and Sunday of the question's week. */
  week: { start: Date; end: Date };
  /** Stories and exemplars linked from the answer: their titles can give it away, so they sit behind the tap with it. */
  answerRelated: RelatedList[];
}

/** Question pages, newest week first; the previous link goes to the week before. */
function questionPages(catalog: Catalog, lookups: Lookups): QuestionPage[] {
  return catalog.questions.map((question, index): QuestionPage => {
    const { year, week, pubDate, relatedStories, relatedExemplars } = question.data;
    // What is shared and shown in search results must not give the answer away.
    const teaser = ui.questions.teaser(week, year);
    const base = pageBase(questionPath(year, week), question.data.question, teaser, pubDate, undefined);
    return {
      kind: 'question',
      entry: question,
      params: { year: String(year), week: `tuan-${padWeek(week)}` },
      ...base,
      eyebrow: { text: ui.questions.week(week, year) },
      crumbs: [
        { name: ui.nav.questions, path: sections.questions },
        { name: String(year), path: questionYearPath(year) },
        { name: ui.questions.weekShort(week), path: base.path },
      ],
      shareSummary: teaser,
      poster: questionPoster(question),
      week: questionWeek(question),
      body: question,
      related: [],
      answerRelated: [
        {
          id: 'related-stories',
          heading: ui.questions.relatedStories,
          links: resolveRefs(relatedStories, lookups.storiesById).map(storyLink),
        },
        {
          id: 'related-exemplars',
          heading: ui.questions.relatedExemplars,
          links: resolveRefs(relatedExemplars, lookups.exemplarsById).map(exemplarLink),
        },
      ],
      prevNext: {
        label: ui.nav.questions,
        ...prevNextLinks(catalog.questions, index, {
          link: (other) => ({ href: questionPath(other.data.year, other.data.week), title: other.data.question }),
          previousLabel: ui.questions.previous,
          nextLabel: ui.questions.next,
          newestFirst: true,
        }),
      },
      search: { kind: 'question', date: pubDate, years: [year] },
      radio: { item: questionRadio(question), summary: question.data.question },
      structuredData: async () => [
        questionLd({
          question: question.data.question,
          answer: markdownToPlain(question.body ?? ''),
          url: base.url,
          published: pubDate,
          publisher,
        }),
      ],
    };
  });
}

/** A question read aloud: the question, the answer (the body) under its heading, then Bác's words with their source. */
function questionRadio(question: Question): RadioItem {
  const { quote } = question.data;
  return radioItem(question, {
    path: questionPath(question.data.year, question.data.week),
    title: question.data.question,
    kindLabel: ui.kinds.question,
    bodyHtml: async () =>
      `<h2>${ui.radio.answerHeading}</h2>${await entryHtml(question)}` +
      `<figure ${RADIO_ROLE}="quote" ${RADIO_SOURCE}="${escapeHtml(quote.source)}"><blockquote><p>${escapeHtml(quote.text)}</p></blockquote></figure>`,
  });
}

/** A question in the feeds, titled with its week; the description gives the question and its day in history, not the answer. */
function questionFeedEntry(question: Question): RSSFeedItem {
  const { year, week, pubDate, onThisDay } = question.data;
  return {
    title: ui.questions.feedTitle(padWeek(week), year, question.data.question),
    link: questionPath(year, week),
    pubDate,
    description: ui.questions.feedDescription(question.data.question, onThisDay.event),
    categories: [ui.kinds.question],
  };
}

/** Weekly questions: pages, radio and feed (in the catalog's order, newest week first). */
export const questionKind: ItemKind<Question, QuestionPage> = {
  pages: questionPages,
  radio: questionRadio,
  feed: (catalog) => catalog.questions.map(questionFeedEntry),
};
