/**
 * The alternative to query-time d/đ expansion that the benchmark measures: every word with
 * "đ" in a page's searchable text, spelled with "d", stored in a hidden `dfold` meta field.
 */
import { foldDiacritics } from '../../src/lib/vietnamese.ts';
import { withHeroImageMeta } from '../../src/lib/search/html.ts';

/** Name of the meta field that holds the folded đ-words. */
export const D_META_FIELD = 'dfold';

/** Adds the `dfold` meta field (folded đ-words of the indexed body) and the hero image. */
export function withFoldedDWords(html: string): string {
  const start = html.search(/<[a-z]+\b[^>]*\bdata-pagefind-body/iu);
  if (start < 0) return withHeroImageMeta(html);
  const end = html.indexOf('</article>', start);
  const text = html.slice(start, end < 0 ? undefined : end).replace(/<[^>]*>/gu, ' ');
  const words = new Set(text.match(/[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu)?.map((word) => foldDiacritics(word).toLowerCase()));
  const meta = `<span hidden data-pagefind-meta="${D_META_FIELD}:${[...words].join(' ')}"></span>`;
  return withHeroImageMeta(html.replace(/<\/body>/iu, `${meta}</body>`));
}
