/**
 * Where a storytelling block stands in a body the content layer rendered to HTML. The body's
 * text and Markdown are rendered once and kept in the data store; each block (a <Quote>, a
 * <Stats>…) is kept as a pair of HTML comments around its rendered inside, and the page
 * replaces the pair by the block's own Astro component, so the blocks' markup has one source,
 * src/components/mdx/, and a change to it needs no body rendered again. Editors cannot write
 * a comment in an MDX body (MDX has none, and the body check refuses raw HTML), so a marker
 * only ever comes from the renderer.
 */

/** A block's name and its attributes, as written in the body. */
export interface BlockCall {
  name: string;
  props: Record<string, string>;
}

const OPEN = '<!--lt-block ';
const CLOSE = '<!--/lt-block-->';
/** A block with no other block inside it: its marker pair, name, attributes and inside. */
const INNERMOST = /<!--lt-block (\w+) (\{[^>]*\})-->((?:(?!<!--lt-block )[\s\S])*?)<!--\/lt-block-->/g;

/** The HTML of a block whose inside is `inner`, to be replaced by the component on the page. */
export function blockMarker({ name, props }: BlockCall, inner: string): string {
  // ">" cannot end the comment early: JSON writes it as \u003e.
  return `${OPEN}${name} ${JSON.stringify(props).replaceAll('>', '\\u003e')}-->${inner}${CLOSE}`;
}

/**
 * Replaces every marked block by what `render` gives for it, innermost first, so a <Stats>
 * gets its <Stat>s rendered inside it, as the components render them in a page.
 */
export async function expandBlocks(html: string, render: (call: BlockCall, inner: string) => Promise<string>): Promise<string> {
  let current = html;
  while (current.includes(OPEN)) {
    const matches = [...current.matchAll(INNERMOST)];
    if (matches.length === 0) throw new Error('A storytelling block marker is not closed.');
    const rendered = await Promise.all(
      matches.map(([, name = '', props = '{}', inner = '']) => render({ name, props: JSON.parse(props) as Record<string, string> }, inner)),
    );
    let index = 0;
    current = current.replace(INNERMOST, () => rendered[index++] ?? '');
  }
  return current;
}

/** An image Astro resolved in a content-layer body: its attributes, then its optimised file. */
const RESOLVED_IMAGE = /<img ((?:[\w-]+="[^"]*" )*)src="([^"]*)"\/>/g;

/**
 * Writes the images Astro resolved in a stored body as its <Image> component writes them (the
 * component an MDX body's images were before): the file first, then the other attributes, and
 * the space its template puts in front, so a page is the same whichever way its body was rendered.
 */
export function asImageComponentTags(html: string): string {
  return html.replace(RESOLVED_IMAGE, (_tag, attributes: string, src: string) => ` <img src="${src}" ${attributes.trimEnd()}>`);
}
