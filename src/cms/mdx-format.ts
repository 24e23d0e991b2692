/**
 * How the editor reads and writes MDX files: the project's own strict frontmatter parser, and
 * YAML written the way the README teaches (plain values, block lists). Fields left empty and
 * switches left off are not written, as every schema default is "none", an empty list or
 * false: an entry opened and saved keeps the fields it had, and nothing else.
 */
import { stringify } from 'yaml';
import { parseDocument } from '../lib/frontmatter';

/** The format name collections use in the CMS configuration. */
export const MDX_FORMAT = 'mdx-frontmatter';

/** A file's fields, with its Markdown body under "body" as the CMS expects. */
export function fromMdxFile(text: string): Record<string, unknown> {
  const { data, body } = parseDocument(text, 'tệp');
  return { ...data, body: body.replace(/^\n+/, '') };
}

/** The file for the CMS's fields: frontmatter, a blank line, the body. */
export function toMdxFile(value: Record<string, unknown>): string {
  const { body = '', ...data } = value;
  const yaml = stringify(prune(data) ?? {}, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${String(body).trim()}\n`;
}

/** Drops what the schemas treat as absent: undefined, null, empty text, empty lists and groups, false. */
export function prune(value: unknown): unknown {
  if (value === undefined || value === null || value === false || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).flatMap(([key, item]) => {
      const kept = prune(item);
      return kept === undefined ? [] : [[key, kept] as const];
    });
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return value;
}
