/** Frontmatter of an article (bài viết) in content/articles/. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import type { SchemaHelpers } from './helpers';
import { imageWithAlt, isoDate, labels, radioOverrides, text } from './fields';

/** Builds the article schema; `image` resolves cover paths relative to the file. */
export const articleSchema = ({ image, reference }: SchemaHelpers) =>
  z.strictObject(
    {
      /** Headline. Required. */
      title: text(150),
      /** One or two sentences; it is the share preview on Zalo and Facebook, so at most 200 characters. Required. */
      description: text(200),
      /** Publication date, YYYY-MM-DD. Required. */
      pubDate: isoDate(),
      /** Date of the last significant update, YYYY-MM-DD. Default: none. */
      updatedDate: isoDate().optional(),
      /** Category name, e.g. "Mô hình hay". Required; its URL is the folded name. */
      category: text(60),
      /** Tags. Default: none. */
      tags: labels(),
      /** Cover image with its description. Default: none. */
      cover: imageWithAlt(image).optional(),
      /** Author or source. Default: "Ban Biên tập". */
      author: text(120).default('Ban Biên tập'),
      /** Locality id from content/localities.yaml the article is about. Default: none. */
      locality: reference('localities').optional(),
      /** A draft is checked but not published. Default: false. */
      draft: z.boolean(vi).default(false),
      /** Radio reading overrides. Default: none. */
      radio: radioOverrides(),
    },
    vi,
  );
