/**
 * The deployed site's address and publisher, in one place for every page and data module:
 * Astro's `site` (SITE_URL overrides siteConfig.url in astro.config.mjs), normalised to end with "/".
 */
import { sitePublisher, type Publisher } from '../lib/structured-data';
import { siteConfig } from '../site.config';
import { owner } from './sample';

/** The site's base URL, e.g. "https://lam-theo-bac.example/". */
export const siteUrl: string = new URL(import.meta.env.SITE ?? siteConfig.url).href;

/** Who publishes the site, as structured data names it: the office, or the site itself marked as a sample. */
export const publisher: Publisher = sitePublisher(owner.publisher, siteUrl);
