/**
 * The storytelling blocks editors may use in an MDX body, and what each accepts. A body is
 * text, Markdown and these blocks with literal attributes, nothing else: the body checker
 * (src/lib/content-check/mdx-body.ts) holds every body to this contract in the editor and in
 * the build, and src/components/mdx/index.ts provides exactly these components.
 */

/** What one block accepts. */
export interface ComponentContract {
  /** Attributes that must be written. */
  required: readonly string[];
  /** Attributes that may be written. */
  optional: readonly string[];
  /** The block it must sit in, when it only makes sense inside another (an Event in a Timeline). */
  parent?: string;
}

/** Each block by name. */
export const MDX_COMPONENTS = {
  Callout: { required: ['title'], optional: [] },
  Event: { required: ['when'], optional: [], parent: 'Timeline' },
  Figure: { required: ['caption'], optional: [] },
  Quote: { required: ['source'], optional: ['speaker'] },
  Stat: { required: ['value', 'label'], optional: [] },
  Stats: { required: [], optional: [] },
  Timeline: { required: [], optional: [] },
} as const satisfies Record<string, ComponentContract>;

/** Names of the components available in every MDX file. */
export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Names of the components available in every MDX file, in alphabetical order. */
export const MDX_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS) as MdxComponentName[];

/** Whether `name` is one of the blocks. */
export const isMdxComponent = (name: string): name is MdxComponentName => Object.hasOwn(MDX_COMPONENTS, name);
