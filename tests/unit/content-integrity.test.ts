import { describe, expect, it } from 'vitest';
import { closest, findBrokenLinks, findDuplicateOrders, findInvalidWeeks, findReservedIds } from '../../src/lib/content-integrity';

describe('findBrokenLinks', () => {
  const known = new Map([['localities', new Set(['dak-ha', 'dak-to'])]]);

  it('reports a link to a missing entry with the file, the field and a suggestion', () => {
    const problems = findBrokenLinks(
      [{ file: 'content/articles/a.mdx', field: 'locality', collection: 'localities', id: 'dak-haa' }],
      known,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/articles/a.mdx', field: 'locality' });
    expect(problems[0]?.message).toContain('"dak-haa"');
    expect(problems[0]?.message).toContain('"dak-ha"');
  });

  it('accepts links that resolve', () => {
    expect(findBrokenLinks([{ file: 'f', field: 'locality', collection: 'localities', id: 'dak-to' }], known)).toEqual([]);
  });
});

describe('findDuplicateOrders', () => {
  it('reports the second story with an order already used in the same collection', () => {
    const problems = findDuplicateOrders([
      { file: 'b.mdx', collection: 'c1', order: 1 },
      { file: 'a.mdx', collection: 'c1', order: 1 },
      { file: 'c.mdx', collection: 'c2', order: 1 },
    ]);
    expect(problems).toEqual([expect.objectContaining({ file: 'b.mdx', field: 'order' })]);
    expect(problems[0]?.message).toContain('a.mdx');
  });
});

describe('findInvalidWeeks', () => {
  const earlier = new Date(Date.UTC(1946, 3, 19));

  it('accepts week 53 of 2020 and rejects week 53 of 2021', () => {
    expect(findInvalidWeeks([{ file: 'a', year: 2020, week: 53, onThisDay: earlier }])).toEqual([]);
    expect(findInvalidWeeks([{ file: 'b', year: 2021, week: 53, onThisDay: earlier }])[0]).toMatchObject({ field: 'week' });
  });

  it('requires "ngày này năm xưa" to be in an earlier year', () => {
    const problems = findInvalidWeeks([{ file: 'c', year: 2024, week: 3, onThisDay: new Date(Date.UTC(2024, 0, 15)) }]);
    expect(problems[0]).toMatchObject({ field: 'onThisDay.date' });
  });
});

describe('closest', () => {
  it('suggests near misses only', () => {
    expect(closest('kon-plog', ['kon-plong', 'kon-ray'])).toBe('kon-plong');
    expect(closest('hanoi', ['kon-plong', 'kon-ray'])).toBeUndefined();
  });
});

describe('findReservedIds', () => {
  it('reports an item named like a list page of its section, and nothing else', () => {
    const problems = findReservedIds([
      { file: 'content/story-collections/chu-de.yaml', collection: 'storyCollections', id: 'chu-de' },
      { file: 'content/exemplars/nam.mdx', collection: 'exemplars', id: 'nam' },
      { file: 'content/articles/chu-de.mdx', collection: 'articles', id: 'chu-de' },
    ]);
    expect(problems.map((problem) => problem.file)).toEqual(['content/story-collections/chu-de.yaml', 'content/exemplars/nam.mdx']);
  });

  it('reserves the feed’s name in every section, one without list pages too', () => {
    const problems = findReservedIds([
      { file: 'content/charts/rss-xml.yaml', collection: 'charts', id: 'rss-xml' },
      { file: 'content/articles/rss-xml.mdx', collection: 'articles', id: 'rss-xml' },
      { file: 'content/charts/khen-thuong.yaml', collection: 'charts', id: 'khen-thuong' },
    ]);
    expect(problems.map((problem) => problem.file)).toEqual(['content/charts/rss-xml.yaml', 'content/articles/rss-xml.mdx']);
    expect(problems[1]?.message).toContain('trang, chuyen-muc, the, rss-xml');
  });
});
