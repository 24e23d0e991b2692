/**
 * MDX bodies rendered once, in the content layer, and kept as HTML in its data store, as
 * Astro keeps Markdown bodies. An MDX file that is a module of the build is bundled again by
 * Vite on every build, changed or not (31–36 s of each warm build at 5,000 items, issue #25);
 * rendered here, a body is rendered again only when its file changes.
 *
 * The body goes through the compiler of Astro's MDX integration (Sätteri), with the features,
 * heading ids and guard against code (src/integrations/mdx-code-guard.ts) of the build's MDX,
 * and its elements are written out by Astro's own attribute and text escaping, as Astro
 * renders an MDX body in a page. Two things are left for the page: images, as Astro's
 * content-layer image markers (resolved by its image pipeline when the entry is rendered), and
 * the storytelling blocks, as markers the page replaces by their components
 * (src/lib/mdx-block-markers.ts), so their markup stays in src/components/mdx/.
 *
 * Parts of Astro this relies on, beyond its documented loader API (an entry type's
 * getRenderFunction, the `rendered` a loader stores): the escaping helpers of
 * astro/runtime/server, and render() resolving the `__ASTRO_IMAGE_` markers of a stored body.
 * A change to either shows as a difference in the built pages (docs/benchmarks.md says how the
 * whole dist/ was compared).
 */
import { pathToFileURL } from 'node:url';
import { escapeHTML, spreadAttributes, voidElementNames } from 'astro/runtime/server/index.js';
import { satteriCollectImagesPlugin, satteriHeadingIdsPlugin, satteriImageMarkerPlugin } from '@astrojs/markdown-satteri';
import { evaluate } from 'satteri';
import { refuseCodeInBodies } from '../integrations/mdx-code-guard';
import { blockMarker } from '../lib/mdx-block-markers';
import { MDX_COMPONENT_NAMES } from '../lib/mdx-components';

/** What the data store keeps of a rendered body, as Astro's Markdown rendering gives it. */
export interface RenderedBody {
  html: string;
  metadata: { headings: { depth: number; slug: string; text: string }[]; imagePaths: string[] };
}

/** An element as the compiled body builds it: the JSX runtime's call, kept as data. */
interface Element {
  type: unknown;
  props: Record<string, unknown> & { children?: unknown };
}

const FRAGMENT = Symbol('fragment');
/** Each block's name stands for its component in the compiled body. */
const BLOCKS = Object.fromEntries(MDX_COMPONENT_NAMES.map((name) => [name, { block: name }]));

const element = (type: unknown, props: unknown): Element => ({ type, props: props as Element['props'] });

/** Renders one MDX body (`filePath` absolute, for the guard's messages) to HTML. */
export async function renderMdxBody(body: string, filePath: string): Promise<RenderedBody> {
  const astro = { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const module = await evaluate(body, {
    jsx: element,
    jsxs: element,
    Fragment: FRAGMENT,
    mdastPlugins: [refuseCodeInBodies, satteriCollectImagesPlugin()],
    hastPlugins: [satteriImageMarkerPlugin(), satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: true },
    elementAttributeNameCase: 'html',
    fileURL: pathToFileURL(filePath),
    data: { astro },
  });
  const content = module.default as (props: { components: object }) => unknown;
  return {
    html: toHtml(content({ components: BLOCKS })),
    metadata: { headings: astro.headings, imagePaths: [...astro.localImagePaths] },
  };
}

/** HTML of what the compiled body returns, written as Astro's JSX renderer writes it. */
function toHtml(node: unknown): string {
  if (typeof node === 'string') return escapeHTML(node);
  if (Array.isArray(node)) return node.map(toHtml).join('');
  if (!node || typeof node !== 'object') return node === 0 ? '0' : '';
  const { type, props } = node as Element;
  const { children, ...attributes } = props;
  if (type === FRAGMENT) return toHtml(children);
  if (typeof type === 'string') {
    const empty = children === undefined || children === null || children === '';
    return `<${type}${String(spreadAttributes(attributes))}${empty && voidElementNames.test(type) ? '/>' : `>${toHtml(children)}</${type}>`}`;
  }
  const name = (type as { block?: string } | null)?.block;
  if (!name) throw new Error('An MDX body uses a component that is not one of the storytelling blocks.');
  return blockMarker({ name, props: attributes as Record<string, string> }, toHtml(children));
}
