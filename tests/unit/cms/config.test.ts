/**
 * The editor's configuration against the build's schemas and loaders: every collection and
 * every field is in the editor, with the same required fields, lengths, number bounds, choices,
 * references and folders. The checker probes the Zod schemas by parsing values, not by reading
 * the generator's own description, and the last cases show it catches each kind of drift.
 */
import path from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../../../src/lib/attachments';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collections, contentRoot } from '../../../src/content.config';
import { siteCmsConfig } from '../../../src/cms/config/site-config';
import { contentCollections } from '../../../src/schemas/collections';
import { MAX_IMAGE_BYTES } from '../../../src/lib/content-check/images';
import { cmsCollections } from '../../../src/i18n/cms';

type Schema = z.ZodType;
type CmsField = Record<string, unknown> & { name: string; widget: string; fields?: CmsField[]; field?: CmsField };
type CmsCollection = Record<string, unknown> & {
  name: string;
  folder?: string;
  extension?: string;
  files?: { file: string; fields: CmsField[] }[];
  fields?: CmsField[];
};

const image = z.string();
const schemaOf = (name: string): Schema => {
  const schema = (collections as Record<string, { schema?: unknown }>)[name]?.schema;
  return (typeof schema === 'function' ? schema({ image: () => image }) : schema) as Schema;
};

const passes = (schema: Schema, value: unknown) => schema.safeParse(value).success;

/** The object schema inside optional/default/pipe wrappers, for its field names. */
function objectShape(schema: Schema): Record<string, Schema> | undefined {
  let current = schema as unknown as { _zod: { def: Record<string, unknown> } };
  for (let step = 0; step < 10; step += 1) {
    const def = current._zod.def;
    if (def.type === 'object') return def.shape as Record<string, Schema>;
    current = (def.innerType ?? def.in) as typeof current;
    if (!current) return undefined;
  }
  return undefined;
}

/** The element schema of a list field, or undefined. */
function listElement(schema: Schema): Schema | undefined {
  let current = schema as unknown as { _zod: { def: Record<string, unknown> } };
  for (let step = 0; step < 10 && current; step += 1) {
    const def = current._zod.def;
    if (def.type === 'array') return def.element as Schema;
    current = (def.innerType ?? def.in) as typeof current;
  }
  return undefined;
}

/** Differences between a CMS field and its schema, found by parsing probe values. */
function fieldMismatches(where: string, schema: Schema, cms: CmsField | undefined): string[] {
  if (!cms) return [`${where}: the schema field has no editor field`];
  const problems: string[] = [];
  const required = !passes(schema, undefined);
  if ((cms.required !== false) !== required)
    problems.push(`${where}: required is ${String(cms.required)} in the editor, ${required} in the schema`);
  const element = listElement(schema);
  if (cms.widget === 'string' || cms.widget === 'text') {
    const max = cms.maxlength as number | undefined;
    if (max === undefined) {
      if (!passes(schema, 'a'.repeat(5000))) problems.push(`${where}: the schema limits the length, the editor does not`);
    } else if (!passes(schema, 'a'.repeat(max)) || passes(schema, 'a'.repeat(max + 1))) {
      problems.push(`${where}: the editor allows ${max} characters, the schema does not`);
    }
  }
  if (cms.widget === 'number') {
    for (const [bound, step] of [
      ['min', -1],
      ['max', 1],
    ] as const) {
      const value = cms[bound] as number | undefined;
      const differs = value === undefined ? !passes(schema, step * 1e6) : !passes(schema, value) || passes(schema, value + step);
      if (differs) problems.push(`${where}: ${bound} ${String(value)} differs from the schema`);
    }
    if (cms.value_type === 'int' && passes(schema, (cms.min as number) + 0.5))
      problems.push(`${where}: the editor asks for whole numbers, the schema does not`);
  }
  if (cms.widget === 'select') {
    const options = cms.options as string[];
    if (options.some((option) => !passes(schema, option)) || passes(schema, 'không có trong danh sách'))
      problems.push(`${where}: choices differ from the schema`);
  }
  if (cms.widget === 'datetime' && (!passes(schema, '2024-05-19') || passes(schema, '19/05/2024')))
    problems.push(`${where}: the editor writes dates the schema refuses`);
  if (cms.widget === 'relation') {
    const target = cms.collection as string;
    const probe = (element ?? schema).safeParse('ma-thu') as { data?: { collection?: string } };
    if (probe.data?.collection !== target)
      problems.push(`${where}: picks from ${target}, the schema refers to ${String(probe.data?.collection)}`);
  }
  if (cms.widget === 'list' && element) {
    const sample = validSample(element);
    for (const [bound, step] of [
      ['min', -1],
      ['max', 1],
    ] as const) {
      const count = cms[bound] as number | undefined;
      // Without a sample item the schema accepts, only "at least one" can be probed (with an empty list).
      const differs =
        sample === undefined
          ? bound === 'min' && (count ?? 0) > 0 === passes(schema, [])
          : count !== undefined && (passes(schema, Array(count + step).fill(sample)) || !passes(schema, Array(count).fill(sample)));
      if (differs) problems.push(`${where}: ${bound} ${count} items differs from the schema`);
    }
    if (cms.field) problems.push(...fieldMismatches(`${where}[]`, element, { ...cms.field, required: true }));
    if (cms.fields) problems.push(...objectMismatches(`${where}[]`, element, cms.fields));
  }
  if (cms.widget === 'object') problems.push(...objectMismatches(where, schema, cms.fields ?? []));
  if (cms.widget === 'boolean' && (!passes(schema, true) || passes(schema, 'có'))) problems.push(`${where}: not a switch in the schema`);
  return problems;
}

/** A value an element schema accepts, for counting list items. */
function validSample(element: Schema): unknown {
  return ['Mẫu', 2020, 'ma-mau'].find((candidate) => passes(element, candidate));
}

function objectMismatches(where: string, schema: Schema, fields: CmsField[]): string[] {
  const shape = objectShape(schema);
  if (!shape) return [`${where}: the editor has a group of fields, the schema does not`];
  const byName = new Map(fields.map((field) => [field.name, field]));
  const extra = fields
    .filter((field) => !(field.name in shape))
    .map((field) => `${where}.${field.name}: the editor has a field the schema does not`);
  return [...extra, ...Object.entries(shape).flatMap(([name, field]) => fieldMismatches(`${where}.${name}`, field, byName.get(name)))];
}

/** Every difference between the editor's configuration and the site's collections. */
function configMismatches(config: { collections: CmsCollection[]; media_libraries?: unknown }): string[] {
  const problems: string[] = [];
  const names = Object.keys(collections);
  const cmsNames = config.collections.map((collection) => collection.name);
  for (const name of names) if (!cmsNames.includes(name)) problems.push(`${name}: collection has no editor collection`);
  for (const collection of config.collections) {
    const loader = (collections as Record<string, { loader?: { base?: string; file?: string; pattern?: string } }>)[collection.name]
      ?.loader;
    if (!loader) {
      problems.push(`${collection.name}: the editor has a collection the site does not load`);
      continue;
    }
    const inRepository = (target: string) => path.posix.join('content', path.relative(path.resolve(contentRoot), path.resolve(target)));
    if (loader.base) {
      if (collection.folder !== inRepository(loader.base))
        problems.push(`${collection.name}: the editor writes to ${collection.folder}, the loader reads ${inRepository(loader.base)}`);
      if (!loader.pattern?.includes(collection.extension ?? '?'))
        problems.push(`${collection.name}: the loader does not read .${collection.extension} files`);
    }
    if (loader.file && collection.files?.[0]?.file !== inRepository(loader.file))
      problems.push(
        `${collection.name}: the editor writes to ${collection.files?.[0]?.file}, the loader reads ${inRepository(loader.file)}`,
      );
    const schema = schemaOf(collection.name);
    if (collection.files) {
      const list = collection.files[0]?.fields[0];
      problems.push(...objectMismatches(collection.name, schema, list?.fields ?? []));
    } else {
      const fields = (collection.fields ?? []).filter((field) => field.name !== 'body');
      problems.push(...objectMismatches(collection.name, schema, fields));
      const body = collection.fields?.find((field) => field.name === 'body');
      if ((collection.extension === 'mdx') !== (body !== undefined))
        problems.push(`${collection.name}: the body is editable only in MDX files`);
    }
  }
  return problems;
}

const built = siteCmsConfig(contentCollections, 'https://lam-theo-bac.example/');
const config = built.config as unknown as {
  collections: CmsCollection[];
  media_libraries: { default: { config: { max_file_size: number } } };
};
const clone = () => structuredClone(config);

describe('the editor configuration', () => {
  it('is generated without problems: every collection mapped, every field labelled in Vietnamese', () => {
    expect(built.problems).toEqual([]);
    expect(Object.keys(cmsCollections).sort()).toEqual(Object.keys(collections).sort());
  });

  it('matches the schemas and loaders field by field', () => {
    expect(configMismatches(config)).toEqual([]);
  });

  it('accepts images up to the build limit only', () => {
    expect(config.media_libraries.default.config.max_file_size).toBe(MAX_IMAGE_BYTES);
  });

  it('gives every kind with a body a folder of its own for the pictures in it (a body may not use the shared library)', () => {
    const withBody = config.collections.filter((collection) => collection.fields?.some((field) => field.name === 'body'));
    expect(withBody.map((collection) => collection.name).sort()).toEqual([
      'articles',
      'contestWorks',
      'contests',
      'documents',
      'exemplars',
      'models',
      'questions',
      'stories',
    ]);
    for (const collection of withBody) expect(collection, collection.name).toMatchObject({ media_folder: 'anh', public_folder: './anh' });
  });

  it("accepts a document's attachment up to the build's own limit, larger than an image's", () => {
    const documents = config.collections.find((collection) => collection.name === 'documents');
    const attachment = documents?.fields?.find((field) => field.name === 'attachment') as unknown as { fields: Record<string, unknown>[] };
    const file = attachment.fields.find((field) => field.name === 'file');
    expect(file).toMatchObject({
      widget: 'file',
      media_folder: 'tep',
      media_libraries: { default: { config: { max_file_size: MAX_ATTACHMENT_BYTES } } },
    });
    expect(MAX_ATTACHMENT_BYTES).toBeGreaterThan(MAX_IMAGE_BYTES);
  });

  it('offers the kinds of content a reader sees, with relation pickers for references', () => {
    const articles = config.collections.find((collection) => collection.name === 'articles');
    expect(articles?.fields?.find((field) => field.name === 'locality')).toMatchObject({
      widget: 'relation',
      collection: 'localities',
      value_field: 'items.*.id',
    });
    const stories = config.collections.find((collection) => collection.name === 'stories');
    expect(stories?.fields?.find((field) => field.name === 'collection')).toMatchObject({
      widget: 'relation',
      collection: 'storyCollections',
    });
  });
});

describe('the configuration check catches drift', () => {
  const find = (copy: ReturnType<typeof clone>, collection: string, field: string) =>
    copy.collections.find((c) => c.name === collection)?.fields?.find((f) => f.name === field) as CmsField;

  it('a schema field with no editor field', () => {
    const copy = clone();
    const exemplars = copy.collections.find((c) => c.name === 'exemplars') as CmsCollection;
    exemplars.fields = exemplars.fields?.filter((f) => f.name !== 'ethnicity');
    expect(configMismatches(copy)).toEqual(['exemplars.ethnicity: the schema field has no editor field']);
  });

  it('a length limit that differs', () => {
    const copy = clone();
    find(copy, 'articles', 'description').maxlength = 250;
    expect(configMismatches(copy)).toEqual(['articles.description: the editor allows 250 characters, the schema does not']);
  });

  it('a choice list that differs', () => {
    const copy = clone();
    find(copy, 'exemplars', 'kind').options = ['cá nhân', 'tập thể', 'gia đình'];
    expect(configMismatches(copy)).toEqual(['exemplars.kind: choices differ from the schema']);
  });

  it('a required field that is optional in the editor', () => {
    const copy = clone();
    find(copy, 'articles', 'title').required = false;
    expect(configMismatches(copy)).toEqual(['articles.title: required is false in the editor, true in the schema']);
  });

  it('a folder the loader does not read', () => {
    const copy = clone();
    (copy.collections.find((c) => c.name === 'articles') as CmsCollection).folder = 'content/bai-viet';
    expect(configMismatches(copy)).toEqual(['articles: the editor writes to content/bai-viet, the loader reads content/articles']);
  });

  it('a site collection with no editor collection', () => {
    const copy = clone();
    copy.collections = copy.collections.filter((c) => c.name !== 'highlights');
    expect(configMismatches(copy)).toEqual(['highlights: collection has no editor collection']);
  });
});
