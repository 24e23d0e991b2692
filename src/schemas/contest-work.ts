/** Frontmatter of a work that won a prize in a contest round, in content/contest-works/; the body is the work's text. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import type { SchemaHelpers } from './helpers';
import { isoDate, radioOverrides, text } from './fields';

/** Builds the winning work schema: the work's text is the body. */
export const contestWorkSchema = ({ reference }: SchemaHelpers) =>
  z.strictObject(
    {
      /** Title of the work. Required. */
      title: text(200),
      /** One sentence for lists and share previews (≤ 200 characters). Required. */
      description: text(200),
      /** The round it won a prize in: a file name in content/contests/ without extension. Required. */
      round: reference('contests'),
      /** The prize, written as the round lists it in `prizes`. Required. */
      prize: text(80),
      /**
       * The author or authors, spelt as they write their own names (an ethnic-minority name is
       * never re-cased or re-accented). Required.
       */
      author: text(200),
      /** Where the author lives or works: a locality id from content/localities.yaml. Required. */
      locality: reference('localities'),
      /** Genre, e.g. "Bài viết", "Thơ", "Phóng sự". Required. */
      genre: text(60),
      /** Publication date on this site, YYYY-MM-DD. Required. */
      pubDate: isoDate(),
      /** Details made up for illustration: shows "Nội dung minh họa". Default: false. */
      sample: z.boolean(vi).default(false),
      /** A draft is checked but not published. Default: false. */
      draft: z.boolean(vi).default(false),
      /** Radio reading overrides. Default: none. */
      radio: radioOverrides(),
    },
    vi,
  );
