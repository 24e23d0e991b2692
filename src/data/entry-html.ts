/**
 * The HTML of an entry's body, rendered once per build and shared: the item page shows it,
 * and the radio script and the feeds are made from it. The content layer has rendered the
 * body's text once (src/loaders/mdx-body-html.ts); here Astro resolves its images, and the
 * storytelling blocks are rendered by their components with Astro's Container API, as a page
 * renders them, so all three agree.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { mdxComponents } from '../components/mdx';
import { asImageComponentTags, expandBlocks } from '../lib/mdx-block-markers';
import { isMdxComponent } from '../lib/mdx-components';

/** An entry of any collection; those without a body render nothing. */
export type RenderableEntry = CollectionEntry<CollectionKey>;

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

/** The body of an entry as HTML, rendered at most once per build. */
export function entryHtml(entry: RenderableEntry): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = rendered.get(key);
  if (!html) {
    html = renderEntry(entry);
    rendered.set(key, html);
  }
  return html;
}

async function renderEntry(entry: RenderableEntry): Promise<string> {
  container ??= AstroContainer.create();
  const renderer = await container;
  const { Content } = await render(entry);
  return expandBlocks(asImageComponentTags(await renderer.renderToString(Content)), ({ name, props }, inner) => {
    if (!isMdxComponent(name)) throw new Error(`${entry.filePath}: <${name}> is not a storytelling block.`);
    return renderer.renderToString(mdxComponents[name] as never, { props, slots: { default: inner } });
  });
}
