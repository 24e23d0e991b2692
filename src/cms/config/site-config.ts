/**
 * The editor's configuration from the site's own kinds of content (src/schemas/collections.ts):
 * their schemas (fields, limits, choices), their folders and files, and the mapping and texts of
 * the editor.
 */
import { z } from 'astro/zod';
import { isFolderCollection, type CollectionDefinition } from '../../schemas/collections';
import { checkingHelpers, type SchemaHelpers } from '../../schemas/helpers';
import {
  buildCmsConfig,
  type BackendSettings,
  type BuiltConfig,
  type Choice,
  type CollectionInput,
  type CollectionSource,
} from './build-config';
import { describeObject, type ZodLike } from './schema-shape';
import { editorComponentIds } from '../editor-components';
import { cmsCollections, cmsText, commonFields } from '../../i18n/cms';
import { cmsMappings } from './collections';
import { MAX_IMAGE_BYTES } from '../../lib/content-check/images';

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
  collections: Readonly<Record<string, CollectionDefinition>>,
  siteUrl: string,
  backend = backendFromEnv(),
  choices: Readonly<Record<string, readonly Choice[]>> = {},
): BuiltConfig {
  const problems: string[] = [];
  const inputs: CollectionInput[] = [];
  for (const name of Object.keys(collections)) {
    if (!(name in cmsMappings)) problems.push(`${name}: collection has no entry in src/cms/config/collections.ts`);
    else if (!(name in cmsCollections)) problems.push(`${name}: collection has no texts in src/i18n/cms.ts`);
  }
  const helpers = { ...checkingHelpers(() => undefined), image: () => imageMarker } as unknown as SchemaHelpers;
  for (const name of Object.keys(cmsMappings).filter((name) => name in collections)) {
    const definition = collections[name] as CollectionDefinition;
    const text = cmsCollections[name];
    const mapping = cmsMappings[name];
    if (!text || !mapping) continue;
    const fields = describeObject(definition.schema(helpers) as unknown as ZodLike, {
      isImage: (candidate) => candidate === (imageMarker as unknown),
    });
    inputs.push({ name, source: sourceOf(definition), fields, mapping, text });
  }
  const built = buildCmsConfig(inputs, {
    backend,
    texts: { appTitle: cmsText.appTitle, common: commonFields },
    siteUrl,
    editorComponents: editorComponentIds,
    maxImageBytes: MAX_IMAGE_BYTES,
    choices,
  });
  return { config: built.config, problems: [...problems, ...built.problems] };
}

/** Where a kind's files live in the repository ("content/articles"); new entries get its first file type. */
function sourceOf(definition: CollectionDefinition): CollectionSource {
  return isFolderCollection(definition)
    ? { kind: 'folder', folder: `content/${definition.folder}`, extension: definition.extensions[0] ?? 'mdx' }
    : { kind: 'list-file', file: `content/${definition.file}` };
}
