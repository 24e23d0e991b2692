/** A story collection (bộ truyện) in content/story-collections/<id>.yaml. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import type { SchemaHelpers } from './helpers';
import { imageWithAlt, text } from './fields';

/** Builds the story collection schema. */
export const storyCollectionSchema = ({ image }: SchemaHelpers) =>
  z.strictObject(
    {
      /** Collection title. Required. */
      title: text(150),
      /** What the collection is about (≤ 200 characters). Required. */
      description: text(200),
      /** Cover image with its description. Default: none. */
      cover: imageWithAlt(image).optional(),
      /** Position among collections on the index, smallest first. Default: 100. */
      order: z.number(vi).int(vi).default(100),
      /** Shown as the featured collection on the home page (the first featured one wins). Default: false. */
      featured: z.boolean(vi).default(false),
    },
    vi,
  );
