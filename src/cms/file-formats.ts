/**
 * How the editor reads and writes entry files (MDX with front matter, and YAML): the project's
 * own strict parser, and YAML written the way the README teaches (plain values, block lists).
 * Fields left empty and switches left off are not written, as every schema default is "none",
 * an empty list or false: an entry opened and saved keeps the fields it had, and nothing else.
 */
import { stringify } from 'yaml';
import { parseDocument, parseYaml } from '../lib/frontmatter';

/** The format name MDX collections use in the CMS configuration. */
export const MDX_FORMAT = 'mdx-frontmatter';

/** The format name YAML collections use in the CMS configuration. */
export const YAML_FORMAT = 'yaml-strict';

/** A file's fields, with its Markdown body under "body" as the CMS expects. */
export function fromMdxFile(text: string): Record<string, unknown> {
  const { data, body } = parseDocument(text, 'tệp');
  return { ...data, body: body.replace(/^\n+/, '') };
}

/** The file for the CMS's fields: frontmatter, a blank line, the body. */
export function toMdxFile(value: Record<string, unknown>): string {
  const { body = '', ...data } = value;
  const yaml = stringify(relativeFilePaths(prune(data)) ?? {}, { lineWidth: 0 });
  return `---\n${yaml}---\n\n${String(body).trim()}\n`;
}

/** A YAML entry's fields. */
export function fromYamlFile(text: string): Record<string, unknown> {
  return (parseYaml(text, 'tệp') ?? {}) as Record<string, unknown>;
}

/** The YAML file for the CMS's fields. */
export function toYamlFile(value: Record<string, unknown>): string {
  return stringify(relativeFilePaths(prune(value)) ?? {}, { lineWidth: 0 });
}

/** A file one folder below the entry named without "./" ("tep/a.pdf"), as the CMS writes a reused upload. */
const BARE_RELATIVE_FILE = /^[a-z0-9][a-z0-9-]*\/[^/\s]+\.(?:jpe?g|png|webp|avif|gif|svg|pdf|docx)$/i;

/**
 * Writes "./tep/a.pdf" where the CMS wrote "tep/a.pdf". When an upload is byte for byte a file
 * the folder already has, the CMS points the field at that file but drops the "./", which the
 * build reads as another path; the field must name the file the build will find.
 */
export function relativeFilePaths(value: unknown): unknown {
  if (typeof value === 'string') return BARE_RELATIVE_FILE.test(value) ? `./${value}` : value;
  if (Array.isArray(value)) return value.map(relativeFilePaths);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, relativeFilePaths(item)]));
  return value;
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
