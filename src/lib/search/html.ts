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

const FIRST_H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/iu;

/**
 * Names the page's title for the index (`title` metadata) from its first h1, as Pagefind would,
 * unless the page names one itself: the stop `withPunctuatedBlocks` ends the heading with must
 * not reach the result's title.
 */
export function withTitleMeta(html: string): string {
  if (/data-pagefind-meta="title[:"]/u.test(html)) return html;
  const heading = FIRST_H1.exec(html)?.[1];
  const title = heading
    ?.replace(/<[^>]*>/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replaceAll('"', '&quot;');
  if (!title) return html;
  return html.replace(/<\/body>/iu, `<span hidden data-pagefind-meta="title:${title}"></span></body>`);
}

/** Classes of the short labels printed before a title or a note ("Gương sáng", "Nội dung minh họa"). */
const LABEL_CLASSES = ['eyebrow', 'sample-badge'];
const LABEL = new RegExp(
  `(<([a-z]+)\\b[^>]*\\sclass="(?:[^"]*\\s)?(?:${LABEL_CLASSES.join('|')})(?:\\s[^"]*)?"[^>]*>[^<]*?[\\p{L}\\p{N}])(\\s*<\\/\\2>)`,
  'gu',
);
/** Closing tags that end a block of text: a heading, a paragraph, a list item, a table cell or caption. */
const BLOCK_END = /(\s*)<\/(p|h[1-6]|li|dt|dd|th|td|caption|figcaption|summary|blockquote)>/gu;
/** The end of a text that needs a stop: a letter, digit, closing quote or bracket, then only tags and spaces. */
const ENDS_OPEN = /[\p{L}\p{N}”’)\]](?:\s|<\/?[a-z][^>]*>)*$/u;
/** How far back a block's last character is looked for (its closing inline tags and spaces). */
const LOOK_BACK = 160;

/**
 * Ends each block of text with a stop (a definition list's term with ":"), so the text Pagefind
 * reads, and excerpts show, is "Gương sáng. Vì sao…" and "Loại: Cá nhân. Địa bàn: …", not labels
 * running into what follows ("Gương sáng Vì sao…", "Loại Cá nhân Địa bàn …"). A block that
 * already ends with punctuation, or holds no text, is left as it is.
 */
export function withPunctuatedBlocks(html: string): string {
  return html
    .replace(LABEL, (_, text: string, __: string, end: string) => `${text}.${end}`)
    .replace(BLOCK_END, (end: string, space: string, tag: string, offset: number, whole: string) =>
      ENDS_OPEN.test(whole.slice(Math.max(0, offset - LOOK_BACK), offset)) ? `${tag === 'dt' ? ':' : '.'}${space}</${tag}>` : end,
    );
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

/** Every rewrite the site's index applies: only what is indexed, the hero thumbnail as `image`, the h1 as `title`, blocks ended with a stop, the index's spelling. */
export function forSearchIndex(html: string): string {
  return withIndexSpelling(withPunctuatedBlocks(withTitleMeta(withHeroImageMeta(searchDocument(html)))));
}
