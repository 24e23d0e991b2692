/** Components editors can use in any MDX file without importing them. */
import Callout from './Callout.astro';
import Event from './Event.astro';
import Figure from './Figure.astro';
import Quote from './Quote.astro';
import Stat from './Stat.astro';
import Stats from './Stats.astro';
import Timeline from './Timeline.astro';

/** Passed to every rendered entry's <Content components={mdxComponents} />. */
export const mdxComponents = { Callout, Event, Figure, Quote, Stat, Stats, Timeline };
