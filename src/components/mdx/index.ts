/** Components editors can use in any MDX file without importing them. */
import type { MDX_COMPONENT_NAMES } from '../../lib/mdx-components';
import Callout from './Callout.astro';
import Event from './Event.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Stat from './Stat.astro';
import Stats from './Stats.astro';
import Timeline from './Timeline.astro';

/** Passed to every rendered entry's <Content components={mdxComponents} />; its keys must match MDX_COMPONENT_NAMES. */
export const mdxComponents: Record<(typeof MDX_COMPONENT_NAMES)[number], unknown> = {
  Callout,
  Event,
  Figure,
  Quote,
  Stat,
  Stats,
  Timeline,
};
