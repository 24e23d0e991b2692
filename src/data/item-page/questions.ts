/** The route data of every weekly question page. */
import { ui } from '../../i18n/ui';
import { padWeek } from '../../lib/iso-week';
import { resolveRefs } from '../../lib/item-page/link-index';
import { prevNextLinks } from '../../lib/item-page/prev-next';
import { questionPath, questionYearPath, sections } from '../../lib/routes';
import { questionLd } from '../../lib/structured-data';
import { markdownToPlain } from '../../lib/text';
import type { Catalog } from '../catalog';
import { questionWeek } from '../questions';
import { radioItemFor } from '../radio-items';
import { publisher } from '../site-url';
import { pageBase } from './base';
import { exemplarLink, storyLink, type Lookups } from './lookups';
import type { QuestionPage } from './types';

/** Question pages, newest week first; the previous link goes to the week before. */
export function questionPages(catalog: Catalog, lookups: Lookups): QuestionPage[] {
  return catalog.questions.map((question, index): QuestionPage => {
    const { year, week, pubDate, onThisDay, relatedStories, relatedExemplars } = question.data;
    const base = pageBase(questionPath(year, week), question.data.question, `${ui.nav.onThisDay}: ${onThisDay.event}`, pubDate, undefined);
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
      shareSummary: onThisDay.event,
      week: questionWeek(question),
      related: [
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
      search: { kind: 'question', date: pubDate, year },
      radio: { item: radioItemFor(question), summary: question.data.question },
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
