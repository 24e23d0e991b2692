/** "Ngày này năm xưa" content: questions' anniversaries and stories with an exact date, by calendar day. */
import { ui } from '../i18n/ui';
import { groupByDay, type CalendarDay, type DayEntry } from '../lib/on-this-day';
import { questionPath, storyPath } from '../lib/routes';
import type { Catalog } from './catalog';

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
