import { describe, expect, it } from 'vitest';
import { createPageKeyer, isEntry, wholeEntry, type KeyedEntry } from '../../src/lib/page-key';

const article = (id: string, title: string, body = 'Nội dung.'): KeyedEntry => ({
  collection: 'articles',
  id,
  filePath: `content/articles/${id}.mdx`,
  data: { title, pubDate: new Date('2025-05-19T00:00:00Z'), tags: ['Bác Hồ'], locality: { collection: 'localities', id: 'kon-tum' } },
  body,
});

describe('page keys', () => {
  it('are the same for the same content loaded again (a later build)', () => {
    const a = article('a', 'Hội nghị');
    const key = createPageKeyer().keyOf({ slug: 'a' }, wholeEntry(a), [article('b', 'Tin B')]);
    expect(createPageKeyer().keyOf({ slug: 'a' }, wholeEntry(structuredClone(a)), [article('b', 'Tin B')])).toBe(key);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
  });

  it('see a listed entry through its front matter only: its body does not count', () => {
    const list = (entries: KeyedEntry[]) => createPageKeyer().keyOf({ page: { data: entries, total: 3 } });
    expect(list([article('a', 'Hội nghị', 'Thân bài mới.')])).toBe(list([article('a', 'Hội nghị')]));
    expect(list([article('a', 'Hội nghị đã sửa')])).not.toBe(list([article('a', 'Hội nghị')]));
  });

  it('see a whole entry through its body and front matter', () => {
    const page = (entry: KeyedEntry) => createPageKeyer().keyOf(wholeEntry(entry));
    expect(page(article('a', 'Hội nghị', 'Thân bài mới.'))).not.toBe(page(article('a', 'Hội nghị')));
    expect(page(article('a', 'Hội nghị đã sửa'))).not.toBe(page(article('a', 'Hội nghị')));
    expect(page({ ...article('a', 'Hội nghị'), filePath: 'content/articles/khac.mdx' })).not.toBe(page(article('a', 'Hội nghị')));
  });

  it.each([
    ['a date', { pubDate: new Date('2025-05-20T00:00:00Z') }],
    ['a tag', { tags: ['Bác Hồ', 'Đoàn kết'] }],
    ['a linked locality', { locality: { collection: 'localities', id: 'dak-ha' } }],
  ])('change when %s of a listed entry changes', (_what, change) => {
    const base = article('a', 'Hội nghị');
    const changed = { ...base, data: { ...(base.data as object), ...change } };
    expect(createPageKeyer().keyOf([changed])).not.toBe(createPageKeyer().keyOf([base]));
  });

  it('tell entries apart by collection and id, not only by front matter', () => {
    const a = article('a', 'Hội nghị');
    expect(createPageKeyer().keyOf([{ ...a, id: 'b' }])).not.toBe(createPageKeyer().keyOf([a]));
    expect(createPageKeyer().keyOf([{ ...a, collection: 'stories' }])).not.toBe(createPageKeyer().keyOf([a]));
  });

  it('see order, counts, Maps and values beside entries', () => {
    const [a, b] = [article('a', 'A'), article('b', 'B')];
    const key = (...shown: unknown[]) => createPageKeyer().keyOf(...shown);
    expect(key([a, b])).not.toBe(key([b, a]));
    expect(key({ count: 3 })).not.toBe(key({ count: 4 }));
    expect(key(new Map([['kon-tum', 'Kon Tum']]))).not.toBe(key(new Map([['kon-tum', 'TP. Kon Tum']])));
    expect(key('a', 'bc')).not.toBe(key('ab', 'c'));
  });

  it('remembers a shared list by identity, so many pages showing it cost one digest', () => {
    const keyer = createPageKeyer();
    const days = [{ key: '05-19', items: [article('a', 'A')] }];
    const first = keyer.keyOf({ day: days[0] }, days);
    expect(keyer.keyOf({ day: days[0] }, days)).toBe(first);
    // A different list with the same content gives the same key.
    expect(keyer.keyOf({ day: days[0] }, structuredClone(days))).toBe(first);
  });

  it('recognises entries, not references to them', () => {
    expect(isEntry(article('a', 'A'))).toBe(true);
    expect(isEntry({ collection: 'localities', id: 'kon-tum' })).toBe(false);
    expect(isEntry(null)).toBe(false);
  });
});
