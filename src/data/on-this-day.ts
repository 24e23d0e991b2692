/** "Ngày này năm xưa" content: questions' anniversaries and stories with an exact date, by calendar day, and the days' pages. */
import { ui } from '../i18n/ui';
import { formatDayMonth } from '../lib/dates';
import { prevNextLinks, type NeighbourLink } from '../lib/item-page/prev-next';
import { calendarMonths, groupByDay, type CalendarDay, type CalendarMonth, type DayEntry } from '../lib/on-this-day';
import { onThisDayPath, questionPath, sections, storyPath } from '../lib/routes';
import { getCatalog, type Catalog } from './catalog';
import { calendarDayLd } from './collection-ld';
import type { PageCrumb } from './item-page/types';
import { reusablePaths } from './reusable-paths';

/** Every dated event: each question's "ngày này năm xưa" and each story with a `date`. */
export function onThisDayEntries({ questions, stories }: Pick<Catalog, 'questions' | 'stories'>): DayEntry[] {
  return [
    ...questions.map((question) => ({
      date: question.data.onThisDay.date,
      title: question.data.onThisDay.event,
      url: questionPath(question.data.year, question.data.week),
      kind: ui.kinds.question,
    })),
    ...stories.flatMap((story) =>
      story.data.date
        ? [{ date: story.data.date, title: story.data.title, url: storyPath(story.data.collection.id, story.id), kind: ui.kinds.story }]
        : [],
    ),
  ];
}

/** The calendar days that have content, 1 January first. */
export const calendarDays = (catalog: Pick<Catalog, 'questions' | 'stories'>): CalendarDay[] => groupByDay(onThisDayEntries(catalog));

/** What the page of one calendar day renders. */
export interface DayPageProps {
  /** The day and what happened on it in every year. */
  day: CalendarDay;
  /** "Ngày 19/5". */
  title: string;
  /** "2 sự kiện về Bác vào ngày 19/5 các năm." */
  lead: string;
  crumbs: PageCrumb[];
  /** The days with content before and after, in calendar order. */
  prevNext: { previous?: NeighbourLink; next?: NeighbourLink };
  /** The whole calendar, shared by every day's page. */
  months: CalendarMonth[];
  /** The day as a collection of its events, for search engines. */
  jsonLd: object[];
}

/** getStaticPaths of the calendar days' pages: /ngay-nay-nam-xua/<MM-DD>/. */
export async function dayPagePaths() {
  const days = calendarDays(await getCatalog());
  const months = calendarMonths(days);
  const titleOf = (day: CalendarDay) => ui.onThisDay.dayTitle(formatDayMonth(day.month, day.day));
  return reusablePaths(
    days.map((day, index) => {
      const lead = ui.onThisDay.dayLead(formatDayMonth(day.month, day.day), day.entries.length);
      return {
        params: { day: day.key },
        props: {
          day,
          title: titleOf(day),
          lead,
          crumbs: [
            { name: ui.nav.onThisDay, path: sections.onThisDay },
            { name: titleOf(day), path: onThisDayPath(day.key) },
          ],
          prevNext: prevNextLinks(days, index, {
            link: (other) => ({ href: onThisDayPath(other.key), title: titleOf(other) }),
            previousLabel: ui.onThisDay.previous,
            nextLabel: ui.onThisDay.next,
          }),
          months,
          jsonLd: [calendarDayLd(day, lead)],
        } satisfies DayPageProps,
      };
    }),
  );
}
