/** Story views for the routes: collections with their stories, themes and their pages, the featured collection. */
import { groupByLabel, type Term } from '../lib/taxonomy';
import { entryReadingMinutes } from './articles';
import { getCatalog, type Story, type StoryCollection } from './catalog';
import { reusablePaths } from './reusable-paths';

/** A collection with its published stories in order and the minutes needed to read them all. */
export interface CollectionSummary {
  collection: StoryCollection;
  stories: Story[];
  minutes: number;
}

/** Collections that have published stories, in the catalog's order. */
export function collectionSummaries(collections: readonly StoryCollection[], stories: readonly Story[]): CollectionSummary[] {
  return collections
    .map((collection) => {
      const own = stories.filter((story) => story.data.collection.id === collection.id);
      return { collection, stories: own, minutes: own.reduce((sum, story) => sum + entryReadingMinutes(story), 0) };
    })
    .filter((summary) => summary.stories.length > 0);
}

/** The collection the home page features: the first marked `featured`, else the first. */
export const featuredCollection = (summaries: readonly CollectionSummary[]): CollectionSummary | undefined =>
  summaries.find((summary) => summary.collection.data.featured) ?? summaries[0];

/** Stories grouped by theme across collections, themes in Vietnamese order, stories in catalog order. */
export const storyThemes = (stories: readonly Story[]): Term<Story>[] => groupByLabel(stories, (story) => story.data.themes);

/** What the page of one theme renders. */
export interface ThemePageProps {
  theme: Term<Story>;
  /** Every theme, for the links to the others. */
  themes: Term<Story>[];
  /** Collection titles by id: each story names its collection. */
  collectionTitles: ReadonlyMap<string, string>;
}

/** getStaticPaths of the theme pages: /ke-chuyen-bac-ho/chu-de/<theme>/. */
export async function themePagePaths() {
  const { stories, storyCollections } = await getCatalog();
  const themes = storyThemes(stories);
  const collectionTitles = new Map(storyCollections.map((collection) => [collection.id, collection.data.title]));
  return reusablePaths(
    themes.map((theme) => ({ params: { theme: theme.slug }, props: { theme, themes, collectionTitles } satisfies ThemePageProps })),
  );
}
