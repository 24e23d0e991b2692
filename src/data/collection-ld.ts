/**
 * Structured data of the radio programme pages and the "Ngày này năm xưa" pages, which had only
 * their breadcrumbs: what each lists, and each week's programme as an episode of the series.
 */
import { ui } from '../i18n/ui';
import { formatDayMonth } from '../lib/dates';
import type { CalendarDay } from '../lib/on-this-day';
import { absoluteUrl, onThisDayPath, sections } from '../lib/routes';
import { collectionLd, radioEpisodeLd } from '../lib/structured-data';
import { siteConfig } from '../site.config';
import type { ProgrammePlan, WeeklyProgramme } from './programmes';
import { publisher, siteUrl } from './site-url';

const url = (path: string) => absoluteUrl(path, siteUrl);
const programmeName = (plan: ProgrammePlan) => ui.radio.programme.weekTitle(plan.week, plan.year);

/** /phat-thanh/: every week's programme, newest first. */
export const programmeListLd = (plans: readonly ProgrammePlan[]): object =>
  collectionLd({
    name: ui.radio.programme.title,
    description: ui.radio.programme.lead(siteConfig.radioProgrammeMinutes),
    url: url(sections.radio),
    items: plans.map((plan) => ({ name: programmeName(plan), url: url(plan.path) })),
  });

/** One week's programme, in the series of /phat-thanh/. */
export const programmeLd = (weekly: WeeklyProgramme, description: string): object =>
  radioEpisodeLd({
    name: programmeName(weekly),
    description,
    url: url(weekly.path),
    published: weekly.question.data.pubDate,
    series: { name: ui.radio.programme.title, url: url(sections.radio) },
    publisher,
  });

/** /ngay-nay-nam-xua/: the days of the year that have content, in calendar order. */
export const calendarLd = (days: readonly CalendarDay[]): object =>
  collectionLd({
    name: ui.nav.onThisDay,
    description: ui.onThisDay.lead,
    url: url(sections.onThisDay),
    items: days.map((day) => ({ name: ui.onThisDay.dayTitle(formatDayMonth(day.month, day.day)), url: url(onThisDayPath(day.key)) })),
  });

/** One calendar day: the pages that tell what happened on it. */
export const calendarDayLd = (day: CalendarDay, description: string): object =>
  collectionLd({
    name: ui.onThisDay.dayTitle(formatDayMonth(day.month, day.day)),
    description,
    url: url(onThisDayPath(day.key)),
    items: day.entries.map((entry) => ({ name: entry.title, url: url(entry.url) })),
  });
