import { describe, expect, it } from 'vitest';
import { articleSchemaType, exemplarSchemaKind } from '../../../src/lib/item-page/schema-types';

describe('articleSchemaType', () => {
  it('makes news reports NewsArticles, however the category is capitalised', () => {
    expect(articleSchemaType('Tin tức')).toBe('NewsArticle');
    expect(articleSchemaType('Tin Tức')).toBe('NewsArticle');
  });

  it('keeps every other category an Article', () => {
    expect(articleSchemaType('Mô hình hay')).toBe('Article');
    expect(articleSchemaType('Tin tức nổi bật')).toBe('Article');
  });
});

describe('exemplarSchemaKind', () => {
  it('makes an individual a person and a collective an organization', () => {
    expect(exemplarSchemaKind('cá nhân')).toBe('person');
    expect(exemplarSchemaKind('tập thể')).toBe('organization');
  });
});
