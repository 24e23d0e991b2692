/**
 * The deployed site's address and publisher, in one place for every page and data module:
 * Astro's `site` (SITE_URL overrides siteConfig.url in astro.config.mjs), normalised to end with "/".
 */
import { sitePublisher, type Publisher } from '../lib/structured-data';
import { siteConfig } from '../site.config';

/** The site's base URL, e.g. "https://lam-theo-bac.example/". */
export const siteUrl: string = new URL(import.meta.env.SITE ?? siteConfig.url).href;

/** The office publishing the site, as structured data names it. */
export const publisher: Publisher = sitePublisher(siteConfig.office, siteUrl);
