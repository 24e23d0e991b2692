import { describe, expect, it } from 'vitest';
import { groupByLabel } from '../../src/lib/taxonomy';

describe('groupByLabel', () => {
  const items = [
    { id: 'a', tags: ['Tin tức', 'Đắk Hà'] },
    { id: 'b', tags: ['tin tức'] },
    { id: 'c', tags: ['Tin tức', 'Chỉ thị 05'] },
  ];

  it('merges spellings that fold to one slug, named by the most frequent one', () => {
    const terms = groupByLabel(items, (item) => item.tags);
    const news = terms.find((term) => term.slug === 'tin-tuc');
    expect(news?.name).toBe('Tin tức');
    expect(news?.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('sorts terms in Vietnamese order', () => {
    expect(groupByLabel(items, (item) => item.tags).map((term) => term.name)).toEqual(['Chỉ thị 05', 'Đắk Hà', 'Tin tức']);
  });
});
