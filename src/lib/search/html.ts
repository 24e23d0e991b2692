/** Small HTML rewrites applied to built pages before Pagefind reads them. */
import { openingTagsWith, SHARE_PHOTO } from '../page-markers';

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
