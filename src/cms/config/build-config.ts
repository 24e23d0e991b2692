/**
 * Builds the Sveltia CMS configuration (Decap-compatible) from the content schemas' field
 * descriptions, the loaders' folders and the Vietnamese texts, so the editor offers exactly what
 * the build accepts: the same required fields, lengths, choices, dates and references.
 */
import type { FieldShape } from './schema-shape';
import { MDX_FORMAT, YAML_FORMAT } from '../file-formats';
import { DATE_FIELD, YEAR_FIELD } from '../field-types';
import { SHARED_IMAGES } from '../../lib/content-check/images';
import { findFieldText, type CollectionText, type FieldText } from '../../i18n/cms';

/** A CMS field or collection as written into config.yml (Sveltia's types are too strict to build piecewise). */
export type CmsObject = Record<string, unknown>;

/** Where a collection's entries live, relative to the repository root ("content/articles"). */
export type CollectionSource =
  { kind: 'folder'; folder: string; extension: 'mdx' | 'md' | 'yaml' | 'yml' } | { kind: 'list-file'; file: string };

/** How one content collection appears in the editor: the small per-collection mapping. */
export interface CollectionMapping {
  /** Field the entry list shows and new file names come from (e.g. "title"). */
  identifier: string;
  /** Sub-path of the file inside the folder, e.g. "{{fields.collection}}/{{slug}}" for stories. */
  path?: string;
  /** List line for an entry; default: the identifier. */
  summary?: string;
  /** Fields whose value names a collection entry (shown in the list as its title). */
  display?: string[];
  /** Folder for images, next to the entries (e.g. "anh"); written into files as "./anh/…". */
  mediaFolder?: string;
  /** The Markdown body and what it holds ("body" label key); absent for data-only files. */
  body?: boolean;
  /** For relation pickers pointing here: the field that names an entry (default identifier). */
  displayField?: string;
  /**
   * Text fields that hold the path of an attached file (e.g. "attachment.file"): the folder its
   * uploads go in, and the largest file the build accepts, so the form refuses the same.
   */
  files?: Record<string, { folder: string; maxBytes: number }>;
  /** The entry's page as a CMS template, for "Xem trên trang web" (src/cms/config/preview-paths.ts). */
  preview?: string;
}

/** Everything known about one collection. */
export interface CollectionInput {
  name: string;
  source: CollectionSource;
  fields: Record<string, FieldShape>;
  mapping: CollectionMapping;
  text: CollectionText;
}

/** The configuration and any field that had no Vietnamese text (a test asserts there is none). */
export interface BuiltConfig {
  config: CmsObject;
  problems: string[];
}

/** Backend settings, from the build's environment (see docs/bien-tap.md). */
export interface BackendSettings {
  name: 'gitea' | 'gitlab' | 'github';
  repo: string;
  branch?: string;
  base_url?: string;
  api_root?: string;
  app_id?: string;
  auth_type?: string;
}

/** Texts used outside collections. */
export interface ConfigTexts {
  appTitle: string;
  common: Record<string, FieldText>;
}

/** Strings up to this length get a one-line input; longer ones a text area. */
const ONE_LINE_MAX = 200;

/** Site-wide settings of the configuration. */
export interface ConfigSettings {
  backend: BackendSettings;
  texts: ConfigTexts;
  siteUrl: string;
  /** Ids of the editor blocks (src/cms/editor-components.ts) rich text fields offer. */
  editorComponents: string[];
  /** The build's limit for an image file, which uploads must respect. */
  maxImageBytes: number;
  /**
   * Entries of a collection offered by label in a picker instead of the CMS's relation field,
   * which can show only their own fields: a locality as "Xã Hà Mòn – huyện Đăk Hà", not its id.
   */
  choices?: Readonly<Record<string, readonly Choice[]>>;
}

/** One entry of a picker: the id written to the file, the label the editor reads. */
export interface Choice {
  value: string;
  label: string;
}

/** Builds the whole configuration. */
export function buildCmsConfig(collections: CollectionInput[], settings: ConfigSettings): BuiltConfig {
  const { backend, texts, siteUrl, editorComponents, maxImageBytes, choices = {} } = settings;
  const problems: string[] = [];
  const byName = new Map(collections.map((collection) => [collection.name, collection]));
  const config: CmsObject = {
    backend: { ...backend, commit_messages: COMMIT_MESSAGES },
    app_title: texts.appTitle,
    site_url: siteUrl,
    publish_mode: 'simple',
    // Images live next to the content that uses them (each collection sets its own folder).
    media_folder: `content/${SHARED_IMAGES.folder}`,
    public_folder: SHARED_IMAGES.sitePath.replace(/\/$/, ''),
    // Images are files in the repository, as the build requires: no stock photo services, no remote URLs.
    media_libraries: { default: { config: { max_file_size: maxImageBytes, slugify_filename: true } }, stock_assets: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: { omit_empty_optional_fields: true, yaml: { quote: 'none' } },
    collections: collections.map((collection) => buildCollection(collection, { byName, choices }, texts, editorComponents, problems)),
  };
  return { config, problems };
}

const COMMIT_MESSAGES = {
  create: 'Thêm {{collection}} "{{slug}}" (biên tập: {{author-name}})',
  update: 'Sửa {{collection}} "{{slug}}" (biên tập: {{author-name}})',
  delete: 'Xóa {{collection}} "{{slug}}" (biên tập: {{author-name}})',
  uploadMedia: 'Tải ảnh "{{path}}" (biên tập: {{author-name}})',
  deleteMedia: 'Xóa ảnh "{{path}}" (biên tập: {{author-name}})',
};

/** What a field needs to point at other collections: their inputs, and the pickers offered by label. */
interface Targets {
  byName: Map<string, CollectionInput>;
  choices: Readonly<Record<string, readonly Choice[]>>;
}

function buildCollection(
  collection: CollectionInput,
  targets: Targets,
  texts: ConfigTexts,
  editorComponents: string[],
  problems: string[],
): CmsObject {
  const { name, source, mapping, text } = collection;
  const label = (path: string): FieldText => fieldText(text, texts.common, path, name, problems);
  const fields = Object.entries(collection.fields).map(([field, shape]) => cmsField(field, field, shape, label, targets, mapping));
  const common = { name, label: text.label, label_singular: text.singular, description: text.description };
  if (source.kind === 'list-file') {
    const items = label('items');
    return {
      ...common,
      files: [
        {
          name,
          label: text.label,
          file: source.file,
          format: 'yaml',
          fields: [
            {
              name: 'items',
              label: items.label,
              widget: 'list',
              root: true,
              summary: mapping.summary ?? `{{fields.${mapping.identifier}}}`,
              collapsed: true,
              fields,
            },
          ],
        },
      ],
    };
  }
  const withBody = mapping.body
    ? [{ name: 'body', ...textOf(label('body')), widget: 'richtext', editor_components: editorComponents, required: true }]
    : [];
  const sortable = ['pubDate', 'order', 'week', 'title', 'name'].filter((field) => field in collection.fields);
  const filters = [
    ...('draft' in collection.fields ? [{ label: texts.common.draft?.label ?? 'draft', field: 'draft', pattern: true }] : []),
    ...('sample' in collection.fields ? [{ label: texts.common.sample?.label ?? 'sample', field: 'sample', pattern: true }] : []),
  ];
  return {
    ...common,
    folder: source.folder,
    extension: source.extension,
    format: source.extension === 'yaml' || source.extension === 'yml' ? YAML_FORMAT : MDX_FORMAT,
    create: true,
    delete: true,
    identifier_field: mapping.identifier,
    slug: `{{fields.${mapping.identifier}}}`,
    ...(mapping.path ? { path: mapping.path } : {}),
    ...(mapping.preview ? { preview_path: mapping.preview } : {}),
    summary: mapping.summary ?? `{{fields.${mapping.identifier}}}`,
    ...(sortable.length > 0 ? { sortable_fields: sortable } : {}),
    ...(filters.length > 0 ? { view_filters: filters } : {}),
    ...(mapping.mediaFolder ? { media_folder: mapping.mediaFolder, public_folder: `./${mapping.mediaFolder}` } : {}),
    fields: [...fields, ...withBody],
  };
}

function fieldText(
  text: CollectionText,
  common: Record<string, FieldText>,
  path: string,
  collection: string,
  problems: string[],
): FieldText {
  const found = findFieldText(text, common, path);
  if (found) return found;
  problems.push(`${collection}: field "${path}" has no Vietnamese label in src/i18n/cms.ts`);
  return { label: path };
}

function textOf(text: FieldText): CmsObject {
  return text.hint ? { label: text.label, hint: text.hint } : { label: text.label };
}

/** One CMS field from a schema field; `path` is its dotted name for labels. */
function cmsField(
  name: string,
  path: string,
  shape: FieldShape,
  label: (path: string) => FieldText,
  targets: Targets,
  mapping: CollectionMapping,
): CmsObject {
  const base = { name, ...textOf(label(path)), required: shape.required };
  switch (shape.kind) {
    case 'text': {
      const file = mapping.files?.[path];
      if (file) {
        return {
          ...base,
          widget: 'file',
          choose_url: false,
          media_folder: file.folder,
          public_folder: `./${file.folder}`,
          media_libraries: { default: { config: { max_file_size: file.maxBytes, slugify_filename: true } } },
        };
      }
      const patterns = shape.patterns.map((pattern) => [pattern.source, `${label(path).hint ?? 'Sai định dạng.'}`]);
      return {
        ...base,
        widget: shape.max === undefined || shape.max <= ONE_LINE_MAX ? 'string' : 'text',
        ...(shape.max !== undefined ? { maxlength: shape.max } : {}),
        ...(shape.min !== undefined && shape.min > 1 ? { minlength: shape.min } : {}),
        ...(patterns[0] ? { pattern: patterns[0] } : {}),
      };
    }
    case 'number':
      // Years get the year field: the CMS's number field would print 2026 as "2.026".
      if (shape.integer && shape.min !== undefined && shape.min >= 1000) return { ...base, widget: YEAR_FIELD };
      return {
        ...base,
        widget: 'number',
        value_type: shape.integer ? 'int' : 'float',
        ...(shape.min !== undefined ? { min: shape.min } : {}),
        ...(shape.max !== undefined ? { max: shape.max } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', ...(shape.default !== undefined ? { default: shape.default } : {}) };
    case 'date':
      return { ...base, widget: DATE_FIELD };
    case 'choice':
      return { ...base, widget: 'select', options: shape.options };
    case 'image':
      return {
        ...base,
        widget: 'image',
        choose_url: false,
        ...(mapping.mediaFolder ? { media_folder: mapping.mediaFolder, public_folder: `./${mapping.mediaFolder}` } : {}),
      };
    case 'reference':
      return { ...base, ...relation(shape.collection, targets), multiple: false };
    case 'record':
      return { ...base, widget: 'keyvalue' };
    case 'list': {
      const bounds = { ...(shape.min !== undefined ? { min: shape.min } : {}), ...(shape.max !== undefined ? { max: shape.max } : {}) };
      if (shape.item.kind === 'reference') return { ...base, ...relation(shape.item.collection, targets), multiple: true, ...bounds };
      if (shape.item.kind === 'object') {
        const fields = Object.entries(shape.item.fields).map(([field, sub]) =>
          cmsField(field, `${path}.${field}`, sub, label, targets, mapping),
        );
        return { ...base, widget: 'list', collapsed: 'auto', fields, ...bounds };
      }
      return {
        ...base,
        widget: 'list',
        field: { ...cmsField(name, path, shape.item, label, targets, mapping), label: label(path).label },
        ...bounds,
      };
    }
    case 'object': {
      const fields = Object.entries(shape.fields).map(([field, sub]) => cmsField(field, `${path}.${field}`, sub, label, targets, mapping));
      return { ...base, widget: 'object', fields };
    }
  }
}

/** A picker of another collection's entries, stored as their id. */
function relation(target: string, { byName, choices }: Targets): CmsObject {
  const offered = choices[target];
  if (offered) return { widget: 'select', options: offered.map(({ value, label }) => ({ value, label })) };
  const other = byName.get(target);
  if (!other) throw new Error(`A field refers to collection "${target}", which the editor does not have.`);
  const display = other.mapping.displayField ?? other.mapping.identifier;
  if (other.source.kind === 'list-file') {
    return {
      widget: 'relation',
      collection: target,
      file: target,
      value_field: 'items.*.id',
      display_fields: [`items.*.${display}`],
      search_fields: [`items.*.${display}`, 'items.*.id'],
    };
  }
  return { widget: 'relation', collection: target, value_field: '{{slug}}', display_fields: [display], search_fields: [display] };
}
