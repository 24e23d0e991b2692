/** The date a search result shows, from the metadata its page gives the index (see SearchMeta). */
import { formatDateShort, parseIsoDate } from '../dates';

/** A date as a result shows it: the machine-readable value for `<time datetime>` and the text. */
export interface ResultDate {
  dateTime: string;
  text: string;
}

/**
 * The page's own date where it has one (`shown`: a document's date of issue, "2024-05-09", or
 * only its year, "2018"), else its publication date (`date`): a document's result must give the
 * date `/van-ban/` gives it, not the day it was put on the site.
 */
export function resultDate(meta: Readonly<Record<string, string | undefined>>): ResultDate | undefined {
  const value = meta.shown ?? meta.date;
  if (!value) return undefined;
  if (/^\d{4}$/u.test(value)) return { dateTime: value, text: value };
  const date = parseIsoDate(value);
  return date ? { dateTime: value, text: formatDateShort(date) } : undefined;
}
