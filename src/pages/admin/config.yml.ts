/** The editor's configuration, generated from the content schemas at build time (src/cms/config/). */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { backendFromEnv, siteCmsConfig } from '../../cms/config/site-config';
import { editorChoices } from '../../data/editor-choices';
import { contentCollections } from '../../schemas/collections';

export const GET: APIRoute = async ({ site }) => {
  const { config, problems } = siteCmsConfig(contentCollections, site?.href ?? '', backendFromEnv(), await editorChoices());
  for (const problem of problems) console.warn(`[cms] ${problem}`);
  return new Response(stringify(config, { lineWidth: 0 }), { headers: { 'content-type': 'application/yaml; charset=utf-8' } });
};
