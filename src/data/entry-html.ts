/**
 * The HTML of an entry's body, rendered once per build and shared: the item page shows it,
 * and the radio script and the feeds are made from it. Astro's Container API renders the
 * MDX with the same components as the page, so all three agree.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { mdxComponents } from '../components/mdx';

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
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(entry);
  return (await container).renderToString(Content, { props: { components: mdxComponents } });
}
