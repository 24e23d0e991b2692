/**
 * Feed entries of the two sections that gather other items: each week's radio programme, and
 * each calendar day of "Ngày này năm xưa" (dated by its newest source, so a day that gains an
 * event comes back as new in feed readers).
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { ui } from '../i18n/ui';
import { formatDayMonth } from '../lib/dates';
import { onThisDayPath, questionPath, storyPath } from '../lib/routes';
import type { Catalog } from './catalog';
import { calendarDays } from './on-this-day';
import { getProgrammePlans } from './programmes';
import { shareTitle } from './sample';

/** Every week's programme, newest first: what it reads, without reading its scripts. */
export async function programmeFeedItems(): Promise<RSSFeedItem[]> {
  const text = ui.radio.programme;
  return (await getProgrammePlans()).map(({ path, year, week, question, story, exemplar }) => ({
    title: text.weekTitle(week, year),
    link: path,
    pubDate: question.data.pubDate,
    description: text.feedDescription([
      text.feedQuestion(question.data.question),
      ...(story ? [text.feedStory(story.data.title)] : []),
      ...(exemplar ? [text.feedExemplar(shareTitle(exemplar.data.name, exemplar.data.sample))] : []),
    ]),
    categories: [text.eyebrow],
  }));
}

/** Every calendar day that has content, the one whose newest source is newest first. */
export function calendarFeedItems(catalog: Catalog): RSSFeedItem[] {
  const published = new Map<string, Date>([
    ...catalog.questions.map((question) => [questionPath(question.data.year, question.data.week), question.data.pubDate] as const),
    ...catalog.stories.map((story) => [storyPath(story.data.collection.id, story.id), story.data.pubDate] as const),
  ]);
  return calendarDays(catalog)
    .map((day) => ({
      title: ui.onThisDay.dayTitle(formatDayMonth(day.month, day.day)),
      link: onThisDayPath(day.key),
      pubDate: new Date(Math.max(...day.entries.map((entry) => published.get(entry.url)?.getTime() ?? 0))),
      description: day.entries.map((entry) => ui.onThisDay.feedEvent(entry.date.getUTCFullYear(), entry.title)).join(' '),
      categories: [ui.nav.onThisDay],
    }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.link.localeCompare(b.link));
}
