import { describe, expect, it } from 'vitest';
import { groupByYearMonth } from '../../src/lib/calendar-groups';

const day = (iso: string) => ({ iso, date: new Date(`${iso}T00:00:00Z`) });

describe('groupByYearMonth', () => {
  it('keeps the given order and makes one heading per year and per month', () => {
    const items = [day('2026-12-07'), day('2026-11-30'), day('2026-11-23'), day('2025-12-29'), day('2025-01-06')];
    const groups = groupByYearMonth(items, (item) => item.date);
    expect(groups.map(({ year, months }) => [year, months.map(({ month, items }) => [month, items.map((item) => item.iso)])])).toEqual([
      [
        2026,
        [
          [12, ['2026-12-07']],
          [11, ['2026-11-30', '2026-11-23']],
        ],
      ],
      [
        2025,
        [
          [12, ['2025-12-29']],
          [1, ['2025-01-06']],
        ],
      ],
    ]);
  });

  it('reads the date in UTC, as the site writes its dates', () => {
    const [group] = groupByYearMonth([new Date('2025-12-31T23:30:00Z')], (date) => date);
    expect(group).toEqual({ year: 2025, months: [{ month: 12, items: [new Date('2025-12-31T23:30:00Z')] }] });
  });

  it('has no groups for no items', () => {
    expect(groupByYearMonth([], () => new Date())).toEqual([]);
  });
});
