import { describe, expect, it } from 'vitest';
import {
  byCollectionRank,
  collectionRanks,
  newestFirst,
  newestFirstByName,
  newestWeekFirst,
  storyOrder,
} from '../../src/lib/reading-order';

const day = (date: string) => new Date(`${date}T00:00:00Z`);

describe('reading order', () => {
  it('lists articles newest first, a same-day tie by id', () => {
    const items = [
      { id: 'b', data: { pubDate: day('2026-01-02') } },
      { id: 'c', data: { pubDate: day('2026-03-01') } },
      { id: 'a', data: { pubDate: day('2026-01-02') } },
    ];
    expect(items.sort(newestFirst).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });

  it('lists exemplars newest first, a same-day tie in Vietnamese alphabetical order', () => {
    const items = [
      { id: '1', data: { pubDate: day('2026-01-02'), name: 'Đinh Văn A' } },
      { id: '2', data: { pubDate: day('2026-01-02'), name: 'Dương Thị B' } },
      { id: '3', data: { pubDate: day('2025-01-02'), name: 'An' } },
    ];
    expect(items.sort(newestFirstByName).map((item) => item.data.name)).toEqual(['Dương Thị B', 'Đinh Văn A', 'An']);
  });

  it('lists questions by ISO week, newest first across years', () => {
    const weeks = [{ data: { year: 2025, week: 52 } }, { data: { year: 2026, week: 1 } }, { data: { year: 2025, week: 3 } }];
    expect(weeks.sort(newestWeekFirst).map(({ data }) => `${data.year}-${data.week}`)).toEqual(['2026-1', '2025-52', '2025-3']);
  });

  it('ranks collections by order, a tie by title, and stories within their collection', () => {
    const collections = [
      { id: 'z', data: { order: 2, title: 'Ăn' } },
      { id: 'y', data: { order: 1, title: 'Bác' } },
      { id: 'x', data: { order: 2, title: 'An' } },
    ];
    const ranks = collectionRanks(collections);
    expect([...collections].sort(byCollectionRank(ranks)).map((c) => c.id)).toEqual(['y', 'x', 'z']);
    const stories = [
      { id: 's1', data: { collection: { id: 'z' }, order: 1 } },
      { id: 's2', data: { collection: { id: 'y' }, order: 2 } },
      { id: 's3', data: { collection: { id: 'y' }, order: 1 } },
    ];
    expect(stories.sort(storyOrder(ranks)).map((s) => s.id)).toEqual(['s3', 's2', 's1']);
  });
});
