/** robots.txt: a sample site keeps crawlers out; an office's site lets them in and names its sitemap. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/routes';
import { robotsTxt } from '../lib/sample-mode';
import { siteConfig } from '../site.config';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(siteConfig.sample, absoluteUrl('/sitemap-index.xml', site?.href ?? siteConfig.url)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
