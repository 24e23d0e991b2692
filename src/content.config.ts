/**
 * Content collections: what editors write in content/ and how it is checked. Each kind's folder,
 * schema and id rule live in src/schemas/collections.ts; this file hands them to Astro's loaders
 * with Astro's own image() and reference(). Every file has already passed the content checker
 * (src/integrations/content-check.ts) by the time these loaders run.
 */
import { defineCollection, reference } from 'astro:content';
import type { SchemaContext } from 'astro:content';
import type { z } from 'astro/zod';
import { contentRoot } from './data/content-root';
import { editorFile } from './loaders/editor-file';
import { editorGlob } from './loaders/editor-glob';
import { contentCollections, isFolderCollection, type CollectionDefinition } from './schemas/collections';
import { useVietnameseSchemaMessages } from './schemas/error-map';

useVietnameseSchemaMessages();

const root = contentRoot;

/** The content folder the loaders below read; the editor UI maps it to "content/" in the repository. */
export { contentRoot };

/** A collection of the table, read from `root` with the editors' loaders. */
function collectionOf<Schema extends z.ZodType>(definition: CollectionDefinition<Schema>) {
  return defineCollection({
    loader: isFolderCollection(definition)
      ? editorGlob({
          base: `${root}/${definition.folder}`,
          pattern: `**/*.{${definition.extensions.join(',')}}`,
          id: definition.id,
        })
      : editorFile(`${root}/${definition.file}`),
    schema: ({ image }: SchemaContext) => definition.schema({ image, reference }),
  });
}

const { articles, storyCollections, stories, exemplars, questions, documents, models, charts, contests, contestWorks, localities } =
  contentCollections;
const { highlights, radioAbbreviations, radioKeepWords } = contentCollections;

export const collections = {
  articles: collectionOf(articles),
  storyCollections: collectionOf(storyCollections),
  stories: collectionOf(stories),
  exemplars: collectionOf(exemplars),
  questions: collectionOf(questions),
  documents: collectionOf(documents),
  models: collectionOf(models),
  charts: collectionOf(charts),
  contests: collectionOf(contests),
  contestWorks: collectionOf(contestWorks),
  localities: collectionOf(localities),
  highlights: collectionOf(highlights),
  radioAbbreviations: collectionOf(radioAbbreviations),
  radioKeepWords: collectionOf(radioKeepWords),
};
