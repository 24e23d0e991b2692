/** Field types shared by the content schemas, each with a Vietnamese message for editors. */
import { z } from 'astro/zod';
import type { SchemaHelpers } from './helpers';
import { parseIsoDate } from '../lib/dates';
import { curlyQuotes } from '../lib/typography';
import { vi } from './error-map';

/** Text that must not be empty or only spaces; trimmed, its quotation marks made curly (“…”) as the site prints them. */
export const text = (max = 500) => z.string(vi).trim().min(1, vi).max(max, vi).transform(curlyQuotes);

/** A calendar date written "YYYY-MM-DD" (e.g. 2024-05-19); impossible dates are rejected. */
export const isoDate = () =>
  z.unknown().transform((value, ctx) => {
    if (value === undefined || value === null) {
      ctx.addIssue({ code: 'custom', message: 'Thiếu trường bắt buộc này.' });
      return z.NEVER;
    }
    const date = value instanceof Date ? value : parseIsoDate(String(value));
    if (!date || Number.isNaN(date.getTime())) {
      ctx.addIssue({
        code: 'custom',
        message: `Ngày "${String(value)}" không hợp lệ: trong trình biên tập gõ ngày/tháng/năm (19/05/2024); trong tệp viết NĂM-THÁNG-NGÀY (2024-05-19).`,
      });
      return z.NEVER;
    }
    return date;
  });

/** An image file next to the content, with its required description for readers who cannot see it. */
export const imageWithAlt = (image: SchemaHelpers['image']) =>
  z.strictObject(
    {
      /** Path of the image file, relative to the content file (e.g. ./anh/bia.jpg). */
      src: image(),
      /** What the image shows, read aloud by screen readers and shown when it cannot load. */
      alt: z
        .string({ error: 'Ảnh phải có mô tả (alt) cho người không xem được ảnh.' })
        .trim()
        .min(1, 'Ảnh phải có mô tả (alt) cho người không xem được ảnh.'),
      /** Optional caption shown under the image. */
      caption: text(300).optional(),
    },
    vi,
  );

/** A list of short labels (tags, themes); duplicates removed, default empty. */
export const labels = () =>
  z
    .array(text(60), vi)
    .default([])
    .transform((items) => [...new Set(items)]);

/** Per-item radio reading overrides, on top of the site's abbreviation dictionary. */
export const radioOverrides = () =>
  z
    .strictObject(
      {
        /** Extra or replacement abbreviations for this item only: { "BQL": "Ban quản lý" }. */
        abbreviations: z.record(z.string(vi), text(120), vi).default({}),
        /** Tokens to read as written in this item (e.g. "COVID"). */
        keep: z.array(text(40), vi).default([]),
      },
      vi,
    )
    .default({ abbreviations: {}, keep: [] });
