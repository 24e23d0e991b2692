/**
 * A content file as the editor writes it: fields in the form's order (the schema's, at every
 * depth), defaults left out, YAML in the editor's style, no comments. Every file of content/ is
 * kept in this form (a test checks it; `npm run content:normalise` rewrites them), so a save in
 * the editor changes only the lines of the fields the editor changed.
 */
import { stringify } from 'yaml';
import { parseDocument, parseYaml } from '../lib/frontmatter';
import type { FieldShape } from './config/schema-shape';
import { prune, relativeFilePaths, toMdxFile, toYamlFile } from './file-formats';

/** Fields in the order the form lists them. */
export type FieldShapes = Readonly<Record<string, FieldShape>>;

/** `value` with its keys in the form's order at every depth; keys the form does not know keep their place after. */
export function inFormOrder(value: unknown, shape: FieldShape | { kind: 'object'; fields: FieldShapes }): unknown {
  if (shape.kind === 'list' && Array.isArray(value)) return value.map((item) => inFormOrder(item, shape.item));
  if (shape.kind !== 'object' || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const data = value as Record<string, unknown>;
  const known = Object.keys(shape.fields).filter((key) => key in data);
  const rest = Object.keys(data).filter((key) => !(key in shape.fields));
  return Object.fromEntries(
    [...known, ...rest].map((key) => [key, shape.fields[key] ? inFormOrder(data[key], shape.fields[key]) : data[key]]),
  );
}

/** How a kind's files are written. */
export type FileKind = 'mdx' | 'yaml-entry' | 'yaml-list';

/** The canonical text of a file of a kind whose fields (or list items' fields) are `fields`. */
export function canonicalFile(text: string, kind: FileKind, fields: FieldShapes, file = 'tệp'): string {
  const form = { kind: 'object', fields } as const;
  if (kind === 'mdx') {
    const { data, body } = parseDocument(text, file);
    return toMdxFile({ ...(inFormOrder(data, form) as Record<string, unknown>), body });
  }
  if (kind === 'yaml-entry') return toYamlFile(inFormOrder(parseYaml(text, file) ?? {}, form) as Record<string, unknown>);
  const items = (parseYaml(text, file) ?? []) as unknown[];
  return stringify(relativeFilePaths(prune(items.map((item) => inFormOrder(item, form)))) ?? [], { lineWidth: 0 });
}
