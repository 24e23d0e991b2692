import { describe, expect, it } from 'vitest';
import { isPublished, isScheduled } from '../../src/lib/publishing';

const today = new Date(Date.UTC(2026, 11, 1));
const entry = (pubDate: string, draft = false) => ({ data: { draft, pubDate: new Date(`${pubDate}T00:00:00Z`) } });

describe('publishing', () => {
  it('publishes what is dated today or earlier', () => {
    expect(isPublished(entry('2026-12-01'), today)).toBe(true);
    expect(isPublished(entry('2020-01-01'), today)).toBe(true);
    expect(isScheduled(entry('2026-12-01'), today)).toBe(false);
  });

  it('schedules what is dated later, to appear on its day', () => {
    expect(isPublished(entry('2026-12-02'), today)).toBe(false);
    expect(isScheduled(entry('2026-12-02'), today)).toBe(true);
  });

  it('never publishes or schedules a draft', () => {
    for (const date of ['2020-01-01', '2030-01-01']) {
      expect(isPublished(entry(date, true), today)).toBe(false);
      expect(isScheduled(entry(date, true), today)).toBe(false);
    }
  });
});
