/** Small HTML rewrites applied to built pages before Pagefind reads them. */
import { openingTagsWith, SHARE_PHOTO } from '../page-markers';
import { toIndexSpelling } from './folding';

const PICTURE = /<picture\b[^>]*>[\s\S]*?<\/picture>/giu;
const SOURCE = /<source\b[^>]*>/giu;
const HERO_IMG = new RegExp(openingTagsWith('img', SHARE_PHOTO).source, 'iu');
const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'iu');

/** The smallest WebP of the hero photo (the image marked `data-share-photo`), else its `src`. */
export function heroThumbnail(html: string): string | undefined {
  const picture = html.match(PICTURE)?.find((block) => HERO_IMG.test(block));
  if (!picture) return undefined;
  const webp = picture.match(SOURCE)?.find((source) => ATTRIBUTE('type').exec(source)?.[1] === 'image/webp');
  const candidate = webp && ATTRIBUTE('srcset').exec(webp)?.[1]?.split(',')[0]?.trim().split(/\s+/u)[0];
  return candidate || picture.match(/<img\b[^>]*>/iu)?.[0].match(ATTRIBUTE('src'))?.[1];
}

/** Adds the hero thumbnail as the page's `image` metadata unless the page sets one itself. */
export function withHeroImageMeta(html: string): string {
  if (/data-pagefind-meta="[^"]*\bimage[:[]/u.test(html)) return html;
  const image = heroThumbnail(html);
  if (!image) return html;
  return html.replace(/<\/body>/iu, `<span hidden data-pagefind-meta="image:${image}"></span></body>`);
}

/**
 * Spells the page's text and its `data-pagefind-meta` values the index's way (`toIndexSpelling`:
 * đ with a stroke, dates in parts). Filter values keep their spelling: the search page lists them as is.
 */
export function withIndexSpelling(html: string): string {
  return html
    .replace(/>([^<]+)</gu, (_, text: string) => `>${toIndexSpelling(text)}<`)
    .replace(/(\sdata-pagefind-meta=")([^"]*)"/gu, (_, start: string, value: string) => `${start}${toIndexSpelling(value)}"`);
}

/**
 * Ends each term of a definition list with ":" and each description with ".", so the text
 * Pagefind reads (and excerpts show) is "Loại: Cá nhân. Địa bàn: …", not "Loại Cá nhân Địa bàn …".
 */
export function withPunctuatedFacts(html: string): string {
  return html.replace(/(?<![.:;!?…])(\s*)<\/(dt|dd)>/gu, (_, space: string, tag: string) => `${tag === 'dt' ? ':' : '.'}${space}</${tag}>`);
}

/** Every rewrite the site's index applies: the hero thumbnail as `image`, readable fact lists, the index's spelling. */
export function forSearchIndex(html: string): string {
  return withIndexSpelling(withPunctuatedFacts(withHeroImageMeta(html)));
}
