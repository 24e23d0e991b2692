/** Frontmatter of an exemplar profile ("Những tấm gương bình dị") in content/exemplars/. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import type { SchemaHelpers } from './helpers';
import { imageWithAlt, isoDate, radioOverrides, text } from './fields';

/** Who recognised an exemplar, from the highest level down. */
export const recognitionLevels = ['Trung ương', 'Thủ tướng Chính phủ', 'Tỉnh', 'Huyện', 'Xã'] as const;

/** The two kinds of exemplar. */
export const exemplarKinds = ['cá nhân', 'tập thể'] as const;

/** One recognition: a certificate of merit, an award, a title. */
export const recognitionSchema = z.strictObject(
  {
    /** Year of the recognition. Required. */
    year: z.number(vi).int(vi).min(1945, vi).max(2100, vi),
    /** Level: one of recognitionLevels. Required. */
    level: z.enum(recognitionLevels, vi),
    /** What it was, e.g. "Bằng khen của Chủ tịch UBND tỉnh". Required. */
    title: text(200),
  },
  vi,
);

/** Builds the exemplar schema. */
export const exemplarSchema = ({ image, reference }: SchemaHelpers) =>
  z.strictObject(
    {
      /** Name of the person or collective. Required. */
      name: text(120),
      /** "cá nhân" (individual) or "tập thể" (collective). Required. */
      kind: z.enum(exemplarKinds, vi),
      /** One-sentence summary for lists and share previews (≤ 200 characters). Required. */
      description: text(200),
      /** Locality id from content/localities.yaml. Required. */
      locality: reference('localities'),
      /** Field of work, e.g. "Nông nghiệp", "Giáo dục". Required. */
      field: text(60),
      /** Ethnic group, e.g. "Xơ Đăng". Default: none. */
      ethnicity: text(40).optional(),
      /** A photograph with its description; a drawing is no portrait (without a photo the pages show the kind's panel). Default: none. */
      portrait: imageWithAlt(image).optional(),
      /** The model or practice they are known for. Required. */
      model: text(300),
      /** Recognitions, at least one. */
      recognitions: z.array(recognitionSchema, vi).min(1, vi),
      /** Related stories, by file name without extension (any folder under content/stories). Default: none. */
      relatedStories: z.array(reference('stories'), vi).default([]),
      /** Publication date on this site, YYYY-MM-DD. Required. */
      pubDate: isoDate(),
      /** Made-up profile for illustration: shows "Nội dung minh họa". Default: false. */
      sample: z.boolean(vi).default(false),
      /** A draft is checked but not published. Default: false. */
      draft: z.boolean(vi).default(false),
      /** Radio reading overrides. Default: none. */
      radio: radioOverrides(),
    },
    vi,
  );
