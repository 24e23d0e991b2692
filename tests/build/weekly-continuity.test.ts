/**
 * "Mỗi tuần một câu hỏi" must hold on the built site: a question page for every ISO week of the
 * six months (26 weeks) ending with the newest one, and a "ngày này năm xưa" calendar with
 * something in every month and on the great dates of Bác's life, in the year they happened.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, builtPages, listFiles } from '../support/dist';
import { parseDocument } from '../../src/lib/frontmatter';
import { compareIsoWeeks, isoWeekOf, isoWeekStart, type IsoWeek } from '../../src/lib/iso-week';
import { questionPath, sections } from '../../src/lib/routes';

/** How many weeks back from the newest question must have one, the newest included. */
const ARCHIVE_WEEKS = 26;

/** The great dates the calendar must hold: "MM-DD" and the year it happened. */
const GREAT_DATES: readonly { day: string; year: number; what: string }[] = [
  { day: '05-19', year: 1890, what: 'ngày sinh của Bác' },
  { day: '02-03', year: 1930, what: 'thành lập Đảng' },
  { day: '12-22', year: 1944, what: 'Đội Việt Nam tuyên truyền giải phóng quân' },
  { day: '08-19', year: 1945, what: 'Cách mạng Tháng Tám ở Hà Nội' },
  { day: '09-02', year: 1945, what: 'Tuyên ngôn độc lập' },
  { day: '01-06', year: 1946, what: 'Tổng tuyển cử đầu tiên' },
  { day: '12-19', year: 1946, what: 'Toàn quốc kháng chiến' },
  { day: '09-02', year: 1969, what: 'ngày Bác đi xa' },
];

const questionPage = new RegExp(`^${sections.questions}(\\d{4})/tuan-(\\d{2})/$`);

/** Weeks that have a built question page, newest first. */
const publishedWeeks: IsoWeek[] = builtPages()
  .flatMap((page) => {
    const match = questionPage.exec(page.path);
    return match ? [{ year: Number(match[1]), week: Number(match[2]) }] : [];
  })
  .sort((a, b) => compareIsoWeeks(b, a));

/** The ISO week before a given one. */
const previousWeek = (week: IsoWeek): IsoWeek => isoWeekOf(new Date(isoWeekStart(week).getTime() - 7 * 86_400_000));

/** The calendar pages that exist: "MM-DD" keys. */
const dayKeys = builtPages().flatMap((page) => {
  const match = new RegExp(`^${sections.onThisDay}(\\d{2}-\\d{2})/$`).exec(page.path);
  return match?.[1] ? [match[1]] : [];
});

describe('the weekly question archive has no gap', () => {
  it(`has a question for each of the ${ARCHIVE_WEEKS} ISO weeks ending with the newest one`, () => {
    expect(publishedWeeks.length).toBeGreaterThanOrEqual(ARCHIVE_WEEKS);
    const newest = publishedWeeks[0] as IsoWeek;
    const expected: string[] = [];
    for (let week = newest, i = 0; i < ARCHIVE_WEEKS; week = previousWeek(week), i++) expected.push(questionPath(week.year, week.week));
    const built = new Set(publishedWeeks.map((week) => questionPath(week.year, week.week)));
    expect(expected.filter((path) => !built.has(path))).toEqual([]);
  });

  it('crosses ISO year boundaries the way the archive URLs do (week 1 of 2026 began on 29 December 2025)', () => {
    expect(previousWeek({ year: 2026, week: 1 })).toEqual({ year: 2025, week: 52 });
    expect(previousWeek({ year: 2021, week: 1 })).toEqual({ year: 2020, week: 53 });
  });
});

describe('"ngày này năm xưa" covers the year', () => {
  it('has at least one day with content in each of the twelve months', () => {
    const months = new Set(dayKeys.map((key) => Number(key.slice(0, 2))));
    expect([...Array(12).keys()].map((index) => index + 1).filter((month) => !months.has(month))).toEqual([]);
  });

  it.each(GREAT_DATES)('lists $what ($day, $year)', ({ day, year }) => {
    expect(dayKeys).toContain(day);
    const years = builtPage(`${sections.onThisDay}${day}/`)
      .root.querySelectorAll('[data-day-entries] .day-entries__year')
      .map((node) => Number(node.text.trim()));
    expect(years).toContain(year);
  });
});

describe('every weekly question can go into the self-check quiz', () => {
  const dir = path.resolve(process.env.CONTENT_DIR ?? 'content', 'questions');
  const files = listFiles(dir).filter((file) => /\.mdx?$/.test(file));

  it.each(files)('%s has two to four choices and a right one among them', (file) => {
    const { data } = parseDocument(readFileSync(path.join(dir, file), 'utf8'), file);
    const quiz = data.quiz as { choices?: unknown[]; correct?: number } | undefined;
    expect(quiz?.choices?.length).toBeGreaterThanOrEqual(2);
    expect(quiz?.choices?.length).toBeLessThanOrEqual(4);
    expect(quiz?.correct).toBeGreaterThanOrEqual(1);
    expect(quiz?.correct).toBeLessThanOrEqual(quiz?.choices?.length ?? 0);
    expect(new Set(quiz?.choices).size).toBe(quiz?.choices?.length);
  });
});
