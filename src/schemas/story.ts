/** Frontmatter of a Hồ Chí Minh story (kể chuyện Bác Hồ) in content/stories/. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import type { SchemaHelpers } from './helpers';
import { imageWithAlt, isoDate, labels, radioOverrides, text } from './fields';

/** The book or document a story is retold from; readers and editors must be able to check it. */
export const sourceSchema = z.strictObject(
  {
    /** Title of the book or document. Required. */
    title: text(200),
    /** Publisher (nhà xuất bản) or issuing body. Required. */
    publisher: text(150),
    /** Year of publication. Required. */
    year: z.number(vi).int(vi).min(1900, vi).max(2100, vi),
    /** Page or pages, e.g. "tr. 45–47". Required. */
    pages: text(40),
    /** Author or compiler. Default: none. */
    author: text(150).optional(),
  },
  vi,
);

/** Builds the story schema. */
export const storySchema = ({ image, reference }: SchemaHelpers) =>
  z.strictObject(
    {
      /** Story title. Required. */
      title: text(150),
      /** One-sentence summary, used in lists and share previews (≤ 200 characters). Required. */
      description: text(200),
      /** Id of the collection (file name in content/story-collections/). Required. */
      collection: reference('storyCollections'),
      /** Position in the collection, from 1; unique within it. Required. */
      order: z.number(vi).int(vi).min(1, vi),
      /** Where the story is retold from. Required. */
      source: sourceSchema,
      /** When it happened: an exact date (YYYY-MM-DD) puts it on the "ngày này năm xưa" calendar. Default: none. */
      date: isoDate().optional(),
      /** When it happened, in words (e.g. "Mùa xuân năm 1946"). Required. */
      when: text(120),
      /** Where it happened. Required. */
      place: text(150),
      /** Themes, e.g. "Tiết kiệm", "Thương dân". At least one. */
      themes: labels().pipe(z.array(z.string(vi), vi).min(1, vi)),
      /** The short lesson for today ("bài học làm theo"). Required. */
      lesson: text(600),
      /** Illustration with its description. Default: none. */
      cover: imageWithAlt(image).optional(),
      /** Publication date on this site, YYYY-MM-DD. Required. */
      pubDate: isoDate(),
      /** A draft is checked but not published. Default: false. */
      draft: z.boolean(vi).default(false),
      /** Radio reading overrides. Default: none. */
      radio: radioOverrides(),
    },
    vi,
  );
