/**
 * The editor's configuration from the site's own collections: their schemas (fields, limits,
 * choices), their loaders (folders and files) and the mapping and texts of the editor.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { buildCmsConfig, type BackendSettings, type BuiltConfig, type CollectionInput, type CollectionSource } from '../../lib/cms/config';
import { describeObject, type ZodLike } from '../../lib/cms/schema-shape';
import { editorComponentIds } from '../../lib/cms/editor-components';
import { cmsCollections, cmsText, commonFields } from '../../i18n/cms';
import { cmsMappings } from './collections';
import { MAX_IMAGE_BYTES } from '../../lib/content-check/images';

/** What this module needs of a collection from src/content.config.ts. */
export interface SiteCollection {
  loader?: unknown;
  schema?: unknown;
}

/** Stands for Astro's image() while the schemas are read; recognised by identity. */
const imageMarker = z.string();

/** Backend settings from the environment (CMS_BACKEND, CMS_REPO…), documented in docs/bien-tap.md. */
export function backendFromEnv(env: Record<string, string | undefined> = process.env): BackendSettings {
  const name = (env.CMS_BACKEND ?? 'gitea') as BackendSettings['name'];
  if (!['gitea', 'gitlab', 'github'].includes(name)) throw new Error(`CMS_BACKEND must be gitea, gitlab or github, not "${name}".`);
  const optional = {
    branch: env.CMS_BRANCH,
    base_url: env.CMS_BASE_URL,
    api_root: env.CMS_API_ROOT,
    app_id: env.CMS_APP_ID,
    // GitLab signs in without a server of ours only with PKCE; Gitea/Forgejo use PKCE whenever app_id is set.
    auth_type: env.CMS_AUTH_TYPE ?? (name === 'gitlab' ? 'pkce' : undefined),
  };
  return {
    name,
    repo: env.CMS_REPO ?? 'ban-tuyen-giao/lam-theo-bac',
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)),
  } as BackendSettings;
}

/** Builds the configuration; problems name collections or fields the editor cannot show properly. */
export function siteCmsConfig(
  collections: Record<string, SiteCollection>,
  contentRoot: string,
  siteUrl: string,
  backend = backendFromEnv(),
): BuiltConfig {
  const problems: string[] = [];
  const inputs: CollectionInput[] = [];
  const names = Object.keys(cmsMappings).filter((name) => name in collections);
  for (const name of Object.keys(collections)) {
    if (!(name in cmsMappings)) problems.push(`${name}: collection has no entry in src/integrations/cms/collections.ts`);
    else if (!(name in cmsCollections)) problems.push(`${name}: collection has no texts in src/i18n/cms.ts`);
  }
  for (const name of names) {
    const collection = collections[name] as SiteCollection;
    const text = cmsCollections[name];
    const mapping = cmsMappings[name];
    if (!text || !mapping) continue;
    const source = sourceOf(collection.loader, contentRoot);
    if (!source) {
      problems.push(`${name}: its loader does not say which folder or file it reads`);
      continue;
    }
    const schema = typeof collection.schema === 'function' ? collection.schema({ image: () => imageMarker }) : collection.schema;
    const fields = describeObject(schema as ZodLike, { isImage: (candidate) => candidate === (imageMarker as unknown) });
    inputs.push({ name, source, fields, mapping, text });
  }
  const built = buildCmsConfig(inputs, {
    backend,
    texts: { appTitle: cmsText.appTitle, common: commonFields },
    siteUrl,
    editorComponents: editorComponentIds,
    maxImageBytes: MAX_IMAGE_BYTES,
  });
  return { config: built.config, problems: [...problems, ...built.problems] };
}

/** The loader's folder or file, as a path in the repository ("content/articles"). */
function sourceOf(loader: unknown, contentRoot: string): CollectionSource | undefined {
  const { base, file, pattern = '' } = (loader ?? {}) as { base?: string; file?: string; pattern?: string };
  const inRepository = (target: string) =>
    path.posix.join('content', path.relative(path.resolve(contentRoot), path.resolve(target)).split(path.sep).join('/'));
  if (typeof file === 'string') return { kind: 'list-file', file: inRepository(file) };
  if (typeof base === 'string') {
    // New entries get the first extension the loader reads that the editor writes ("**/*.{yaml,yml}" → yaml).
    const extension = (['mdx', 'md', 'yaml', 'yml'] as const).find((candidate) => new RegExp(`\\b${candidate}\\b`).test(pattern));
    return extension ? { kind: 'folder', folder: inRepository(base), extension } : undefined;
  }
  return undefined;
}
