/**
 * Generated weekly questions: questions/<year>/tuan-<NN>.mdx, one per ISO week, each tied to
 * a day of the same week in an earlier year ("ngày này năm xưa").
 */
import path from 'node:path';
import { padWeek } from '../../src/lib/iso-week.ts';
import { mdxBody } from './body.ts';
import { factTeller } from './fact-sentences.ts';
import { itemFacts } from './item-facts.ts';
import type { CorpusPlaces } from './localities.ts';
import { recentWeeks, sameWeekInHistory, weekStartDay } from './corpus-dates.ts';
import { writeEntry } from './entry-file.ts';
import { COLLECTION_TOPICS, QUOTES, STORY_PLACES } from './labels.ts';
import type { Random } from './random.ts';
import { fitText, sentence } from './text.ts';

const QUESTION_SHAPES = [
  (random: Random) => `Bác Hồ gửi thư cho ${random.pick(COLLECTION_TOPICS)} vào năm nào, và Bác căn dặn điều gì?`,
  (random: Random) =>
    `Tại ${random.pick(STORY_PLACES)}, Bác đã nói với ${random.pick(COLLECTION_TOPICS)} những lời nào về đức tính cần, kiệm, liêm, chính?`,
  (random: Random) => `Vì sao Bác Hồ nhắc cán bộ phải gần gũi ${random.pick(COLLECTION_TOPICS)}?`,
  (random: Random) => `Câu nói nổi tiếng "${random.pick(QUOTES).text.split(/[.,/]/u)[0]}" được Bác nói trong hoàn cảnh nào?`,
] as const;

/** Writes `count` questions under `dir`, linked now and then to stories and exemplars. */
export function writeQuestions(
  dir: string,
  count: number,
  random: Random,
  stories: readonly string[],
  exemplars: readonly string[],
  places: CorpusPlaces,
): void {
  for (const week of recentWeeks(count)) {
    const quote = random.pick(QUOTES);
    const pubDate = weekStartDay(week);
    const data = {
      year: week.year,
      week: week.week,
      pubDate,
      question: fitText(random.pick(QUESTION_SHAPES)(random), 300),
      onThisDay: {
        date: sameWeekInHistory(random, week.week),
        event: fitText(
          `Chủ tịch Hồ Chí Minh gửi thư cho ${random.pick(COLLECTION_TOPICS)}, căn dặn phải đoàn kết, cần kiệm và thương dân.`,
          300,
        ),
      },
      quote: { text: quote.text, source: quote.source },
      relatedStories: random.chance(0.5) && stories.length > 0 ? random.sample(stories, random.int(1, 2)) : undefined,
      relatedExemplars: random.chance(0.4) && exemplars.length > 0 ? random.sample(exemplars, random.int(1, 2)) : undefined,
    };
    const answer = `**${sentence(random)}**\n\n${mdxBody(random, { words: random.int(150, 400), images: [], tell: factTeller(random, itemFacts(random, places, { pubDate })) })}`;
    writeEntry(path.join(dir, String(week.year), `tuan-${padWeek(week.week)}.mdx`), data, answer);
  }
}
