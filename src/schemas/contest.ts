/** Frontmatter of a contest or award round ("Cuộc thi, giải thưởng") in content/contests/; the body holds its rules. */
import { z } from 'astro/zod';
import { vi } from './error-map';
import { isoDate, radioOverrides, text } from './fields';

/** Builds the contest round schema. */
export const contestSchema = () =>
  z.strictObject(
    {
      /** Name of the contest or award and its round, as the organiser writes it. Required. */
      title: text(200),
      /** One sentence for lists and share previews (≤ 200 characters). Required. */
      description: text(200),
      /** The theme entries are written on. Required. */
      theme: text(300),
      /** Who organises it, by the name it had at the time. Required. */
      organiser: text(200),
      /** When entries open, YYYY-MM-DD. Required. */
      opens: isoDate(),
      /** Last day entries are received, YYYY-MM-DD. Required. */
      deadline: isoDate(),
      /** When results are (or were) announced, YYYY-MM-DD. Default: not yet set. */
      results: isoDate().optional(),
      /** How to take part: where to bring or post an entry. The site receives nothing itself. Required. */
      howToEnter: text(600),
      /** The organiser's e-mail for entries, when it takes them by e-mail, as the rules write it. Default: none. */
      email: text(120).optional(),
      /** How many works were entered or reviewed, when known. Default: not stated. */
      entries: z.number(vi).int(vi).min(0, vi).optional(),
      /** The prizes in order of rank, e.g. "Giải A", "Giải B"; the prize list follows this order. Default: none yet. */
      prizes: z.array(text(80), vi).default([]),
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
