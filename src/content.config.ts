/**
 * Content collections: what editors write in content/ and how it is checked.
 * Schemas live in src/schemas/ (one file per kind, a documented default per field).
 */
import { defineCollection } from 'astro:content';
import { slugFromFileName } from './lib/slug';
import { editorFile } from './loaders/editor-file';
import { editorGlob } from './loaders/editor-glob';
import { articleSchema } from './schemas/article';
import { chartSchema } from './schemas/chart';
import { documentSchema } from './schemas/document';
import { useVietnameseSchemaMessages } from './schemas/error-map';
import { exemplarSchema } from './schemas/exemplar';
import { highlightSchema } from './schemas/highlight';
import { localitySchema } from './schemas/locality';
import { modelSchema } from './schemas/model';
import { questionSchema } from './schemas/question';
import { abbreviationSchema, keepWordSchema } from './schemas/radio-dictionary';
import { storySchema } from './schemas/story';
import { storyCollectionSchema } from './schemas/story-collection';
import { questionId } from './lib/question-id';

useVietnameseSchemaMessages();

/** The content folder; benchmarks point CONTENT_DIR at a generated corpus so they never touch content/. */
const root = process.env.CONTENT_DIR ?? './content';

/** The content folder the loaders below read; the editor UI maps it to "content/" in the repository. */
export { root as contentRoot };

const articles = defineCollection({
  loader: editorGlob({ base: `${root}/articles`, pattern: '**/*.{md,mdx}' }),
  schema: articleSchema,
});

const storyCollections = defineCollection({
  loader: editorGlob({ base: `${root}/story-collections`, pattern: '**/*.{yaml,yml}' }),
  schema: storyCollectionSchema,
});

const stories = defineCollection({
  loader: editorGlob({ base: `${root}/stories`, pattern: '**/*.{md,mdx}' }),
  schema: storySchema,
});

const exemplars = defineCollection({
  loader: editorGlob({ base: `${root}/exemplars`, pattern: '**/*.{md,mdx}' }),
  schema: exemplarSchema,
});

const questions = defineCollection({
  loader: editorGlob({
    base: `${root}/questions`,
    pattern: '**/*.{md,mdx}',
    id: (entryFile, data) => questionId(data) ?? slugFromFileName(entryFile),
    duplicateMessage: (other) => `Trùng tuần với tệp ${other}: mỗi tuần (year, week) chỉ có một câu hỏi.`,
  }),
  schema: questionSchema,
});

const documents = defineCollection({
  loader: editorGlob({ base: `${root}/documents`, pattern: '**/*.{md,mdx}' }),
  schema: documentSchema,
});

const models = defineCollection({
  loader: editorGlob({ base: `${root}/models`, pattern: '**/*.{md,mdx}' }),
  schema: modelSchema,
});

const charts = defineCollection({
  loader: editorGlob({ base: `${root}/charts`, pattern: '**/*.{yaml,yml}' }),
  schema: chartSchema,
});

const localities = defineCollection({
  loader: editorFile(`${root}/localities.yaml`),
  schema: localitySchema,
});

const highlights = defineCollection({
  loader: editorFile(`${root}/highlights.yaml`),
  schema: highlightSchema,
});

const radioAbbreviations = defineCollection({
  loader: editorFile(`${root}/radio/viet-tat.yaml`),
  schema: abbreviationSchema,
});

const radioKeepWords = defineCollection({
  loader: editorFile(`${root}/radio/giu-nguyen.yaml`),
  schema: keepWordSchema,
});

export const collections = {
  articles,
  storyCollections,
  stories,
  exemplars,
  questions,
  documents,
  models,
  charts,
  localities,
  highlights,
  radioAbbreviations,
  radioKeepWords,
};
