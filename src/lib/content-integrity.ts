/**
 * Checks across files that a schema alone cannot make: links between entries exist,
 * story orders are unique in a collection, question weeks exist in their year.
 * Pure functions over plain records, so every rule is unit-tested.
 */
import type { ContentProblem } from './content-error';
import { isValidIsoWeek, weeksInIsoYear } from './iso-week';

/** Vietnamese names of the collections an entry can point to, for messages. */
const TARGET_NAMES: Record<string, string> = {
  localities: 'địa bàn (content/localities.yaml)',
  storyCollections: 'bộ truyện (content/story-collections/)',
  stories: 'câu chuyện (content/stories/)',
  exemplars: 'tấm gương (content/exemplars/)',
  articles: 'bài viết (content/articles/)',
  contests: 'cuộc thi, giải thưởng (content/contests/)',
};

/** One link from a field of one file to an entry of a collection. */
export interface Link {
  file: string;
  field: string;
  collection: string;
  id: string;
}

/** Reports links whose target does not exist; `known` maps a collection to its ids. */
export function findBrokenLinks(links: readonly Link[], known: ReadonlyMap<string, ReadonlySet<string>>): ContentProblem[] {
  return links
    .filter((link) => !known.get(link.collection)?.has(link.id))
    .map((link) => {
      const ids = [...(known.get(link.collection) ?? [])];
      const hint = closest(link.id, ids);
      return {
        file: link.file,
        field: link.field,
        message: `Không có ${TARGET_NAMES[link.collection] ?? link.collection} nào mang mã "${link.id}".${hint ? ` Có phải ý bạn là "${hint}"?` : ''}`,
      };
    });
}

/** A story's place in its collection. */
export interface StoryOrder {
  file: string;
  collection: string;
  order: number;
}

/** Reports two stories of one collection with the same `order`. */
export function findDuplicateOrders(stories: readonly StoryOrder[]): ContentProblem[] {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const story of [...stories].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = `${story.collection}#${story.order}`;
    const other = seen.get(key);
    if (other) {
      problems.push({
        file: story.file,
        field: 'order',
        message: `Thứ tự ${story.order} đã dùng cho tệp ${other} trong cùng bộ truyện "${story.collection}". Mỗi câu chuyện một số thứ tự riêng.`,
      });
    } else {
      seen.set(key, story.file);
    }
  }
  return problems;
}

/** A weekly question's week and the "ngày này năm xưa" date it is tied to. */
export interface QuestionWeek {
  file: string;
  year: number;
  week: number;
  onThisDay: Date;
}

/** Reports weeks that do not exist in their year and "ngày này năm xưa" dates that are not in an earlier year. */
export function findInvalidWeeks(questions: readonly QuestionWeek[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const question of questions) {
    if (!isValidIsoWeek(question)) {
      problems.push({
        file: question.file,
        field: 'week',
        message: `Năm ${question.year} chỉ có ${weeksInIsoYear(question.year)} tuần (theo ISO 8601), không có tuần ${question.week}.`,
      });
    }
    if (question.onThisDay.getUTCFullYear() >= question.year) {
      problems.push({
        file: question.file,
        field: 'onThisDay.date',
        message: '"Ngày này năm xưa" phải là một ngày của năm trước đó.',
      });
    }
  }
  return problems;
}

/** The known id most similar to a mistyped one, to suggest a fix; undefined when nothing is close. */
export function closest(id: string, ids: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of ids) {
    const distance = editDistance(id, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(id.length / 3)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The id the section's feed (rss.xml) would clash with: every section at whose top items live has one. */
const FEED_ID = 'rss-xml';

/** Path segments that list pages use inside each section, besides its feed; an item named like one would clash with it. */
export const RESERVED_IDS: Readonly<Record<string, readonly string[]>> = {
  articles: ['trang', 'chuyen-muc', 'the'],
  storyCollections: ['chu-de'],
  exemplars: ['dia-ban', 'linh-vuc', 'loai', 'nam'],
  documents: ['loai', 'nam'],
  models: ['dia-ban', 'linh-vuc'],
  contests: ['tac-pham'],
};

/** The ids an entry of a collection must not take: its section's list pages' and its feed's. */
const reservedIn = (collection: string): readonly string[] => [...(RESERVED_IDS[collection] ?? []), FEED_ID];

/** Reports entries whose id would take the URL of a list page or the feed of their section. */
export function findReservedIds(entries: readonly { file: string; collection: string; id: string }[]): ContentProblem[] {
  return entries
    .filter((entry) => reservedIn(entry.collection).includes(entry.id))
    .map((entry) => ({
      file: entry.file,
      message: `Tên tệp "${entry.id}" trùng với một đường dẫn dành riêng của trang (${reservedIn(entry.collection).join(', ')}). Hãy đổi tên tệp.`,
    }));
}
