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

const BODY_OPENING = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-body\b[^>]*>/giu;

/** Where the element whose opening tag ends at `from` closes (after its end tag), counting nested tags of its name. */
function elementEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'giu');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return html.length;
}

/**
 * The page as its index entry needs it: the `<html>` tag (for the language), the title and the
 * `data-pagefind-body` elements. Head, header, menus and footer are about five sixths of a
 * page's bytes; Pagefind would read and drop them, and its time grows with the bytes it reads.
 * A page without such an element is returned as it is.
 */
export function searchDocument(html: string): string {
  const bodies: string[] = [];
  let end = 0;
  for (const match of html.matchAll(BODY_OPENING)) {
    if (match.index < end) continue; // Inside the last one, already taken.
    end = elementEnd(html, match[1] ?? '', match.index + match[0].length);
    bodies.push(html.slice(match.index, end));
  }
  if (!bodies.length) return html;
  const opening = /<html\b[^>]*>/iu.exec(html)?.[0] ?? '<html>';
  const title = /<title>[\s\S]*?<\/title>/iu.exec(html)?.[0] ?? '';
  return `<!doctype html>${opening}<head>${title}</head><body>${bodies.join('')}</body></html>`;
}

/** Every rewrite the site's index applies: only what is indexed, the hero thumbnail as `image`, readable fact lists, the index's spelling. */
export function forSearchIndex(html: string): string {
  return withIndexSpelling(withPunctuatedFacts(withHeroImageMeta(searchDocument(html))));
}
