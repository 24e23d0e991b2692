/** robots.txt: everything may be crawled; the sitemap says where everything is. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/routes';
import { siteConfig } from '../site.config';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site?.href ?? siteConfig.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
