/** Frontmatter of a model ("Mô hình hay, cách làm mới") in content/models/; the body tells how it works. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import type { SchemaHelpers } from './helpers';
import { isoDate, radioOverrides, text } from './fields';

/** Builds the model schema. */
export const modelSchema = ({ reference }: SchemaHelpers) =>
  z.strictObject(
    {
      /** Name of the model, e.g. "Mỗi tuần một câu hỏi, một đáp án". Required. */
      name: text(150),
      /** One sentence for lists and share previews (≤ 200 characters). Required. */
      description: text(200),
      /** Where it started: a locality id from content/localities.yaml. Required. */
      locality: reference('localities'),
      /** Field, e.g. "Sinh hoạt chi bộ", "Kinh tế", "Văn hóa". Required. */
      field: text(60),
      /** Year it started. Required. */
      startYear: z.number(vi).int(vi).min(1945, vi).max(2100, vi),
      /** Who runs it, e.g. "Chi bộ thôn", "Hội Liên hiệp Phụ nữ xã". Required. */
      runBy: text(200),
      /** What changed because of it, one short sentence each; at least one. */
      results: z.array(text(300), vi).min(1, vi),
      /** Localities where it was replicated ("nhân rộng"), by id. Default: none. */
      replicatedIn: z.array(reference('localities'), vi).default([]),
      /** Related exemplars, by file name without extension. Default: none. */
      relatedExemplars: z.array(reference('exemplars'), vi).default([]),
      /** Related articles, by file name without extension. Default: none. */
      relatedArticles: z.array(reference('articles'), vi).default([]),
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
