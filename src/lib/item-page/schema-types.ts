/** Which schema.org type an item is, so search engines and apps show it as what it is. */
import { slugify } from '../slug';

/** Slug of the article category that holds news reports. */
export const NEWS_CATEGORY = 'tin-tuc';

/** A news report ("Tin tức", in any spelling that folds to the same slug) is a NewsArticle; every other article an Article. */
export const articleSchemaType = (category: string): 'NewsArticle' | 'Article' =>
  slugify(category) === NEWS_CATEGORY ? 'NewsArticle' : 'Article';

/** An individual exemplar is a Person; a collective (a village, a cell, a union) an Organization. */
export const exemplarSchemaKind = (kind: 'cá nhân' | 'tập thể'): 'person' | 'organization' =>
  kind === 'cá nhân' ? 'person' : 'organization';
