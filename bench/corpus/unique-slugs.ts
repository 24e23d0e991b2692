/** ASCII file names for generated items, unique across the corpus, as the site's slugs must be. */
import { foldDiacritics } from '../../src/lib/vietnamese.ts';

/** Longest slug written; long titles are cut at a hyphen. */
const MAX_SLUG = 80;

/** The ASCII slug of a text: "Đăk Hà: mô hình hay" → "dak-ha-mo-hinh-hay". */
function slugOf(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/g, '');
}

/** Hands out slugs made from titles; a repeated slug gets a number. */
export class UniqueSlugs {
  readonly #used = new Set<string>();

  /** True when the slug of `text` is still free. */
  isFree(text: string): boolean {
    return !this.#used.has(slugOf(text));
  }

  /** The slug of `text`, made unique with a number if it is taken. */
  take(text: string): string {
    const base = slugOf(text);
    let slug = base;
    for (let suffix = 2; this.#used.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    this.#used.add(slug);
    return slug;
  }
}
