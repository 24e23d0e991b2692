/** The editor's configuration, generated from the content schemas at build time (src/integrations/cms/). */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { collections, contentRoot } from '../../content.config';
import { siteCmsConfig } from '../../integrations/cms/cms-config';

export const GET: APIRoute = ({ site }) => {
  const { config, problems } = siteCmsConfig(collections, contentRoot, site?.href ?? '');
  for (const problem of problems) console.warn(`[cms] ${problem}`);
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
};
