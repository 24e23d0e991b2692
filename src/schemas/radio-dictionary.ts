/** The radio reading dictionaries in content/radio/. */
import { z } from 'astro/zod';
import { text } from './fields';

/** An abbreviation and how it is read aloud; the `id` is the abbreviation. */
export const abbreviationSchema = z.strictObject({
  /** The abbreviation as written, e.g. "UBND". Required. */
  id: text(30),
  /** The words to read. Required. */
  spoken: text(150),
  /** Editor's note. Default: none. */
  note: text(200).optional(),
});

/** A token read as written (e.g. "ASEAN"); the `id` is the token. */
export const keepWordSchema = z.strictObject({
  /** The token as written, e.g. "ASEAN". Required. */
  id: text(30),
  /** Editor's note. Default: none. */
  note: text(200).optional(),
});
