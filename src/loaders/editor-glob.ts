/**
 * Astro's glob loader with the editors' contract on top: strict YAML (dates stay text
 * until the schema checks them), BOM and Windows line endings accepted, missing image
 * files and duplicate ids reported in Vietnamese with the file and field, and every
 * schema error prefixed with the file's path.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError, type ContentProblem } from '../lib/content-error';
import { cleanText, parseDocument, parseYaml } from '../lib/frontmatter';
import { findImageRefs } from '../lib/image-refs';
import { slugFromFileName } from '../lib/slug';

/** How an entry's id is made from its file and data; the id becomes part of its URL. */
export type IdFromEntry = (file: string, data: Record<string, unknown>) => string;

/** Options of {@link editorGlob}. */
export interface EditorGlobOptions {
  /** Folder, relative to the project root (e.g. "./content/articles"). */
  base: string;
  /** Files to load, e.g. "**\/*.mdx". Files and folders starting with "_" are skipped. */
  pattern: string;
  /** Builds the id; default: the folded file name, so URLs are ASCII and stable. */
  id?: IdFromEntry;
  /** Explains a duplicate id to the editor; default: two files with the same name. */
  duplicateMessage?: (otherFile: string) => string;
}

interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string }>;
}
type GlobContext = LoaderContext & { entryTypes: Map<string, EntryType> };

const DATA_EXTENSIONS = new Set(['.yaml', '.yml']);

/** A glob loader whose problems stop the build with messages editors can act on. */
export function editorGlob(options: EditorGlobOptions): Loader {
  const idFor = options.id ?? ((file: string) => slugFromFileName(file));
  const duplicateMessage =
    options.duplicateMessage ??
    ((other: string) => `Trùng địa chỉ với tệp ${other}: hai tệp cho cùng một đường dẫn. Hãy đổi tên một tệp.`);
  const fileById = new Map<string, string>();

  const inner = glob({
    base: options.base,
    pattern: [options.pattern, '!**/_*', '!**/_*/**'],
    generateId: ({ entry, data }) => {
      const file = path.posix.join(options.base.replace(/^\.\//, ''), entry);
      const id = idFor(file, data);
      const other = fileById.get(id);
      if (other && other !== file && existsSync(other)) {
        throw new ContentError([{ file, message: duplicateMessage(other) }]);
      }
      fileById.set(id, file);
      return id;
    },
  });

  return {
    name: 'editor-glob',
    load: async (context) => {
      const { entryTypes } = context as GlobContext;
      const checked = new Map(
        [...entryTypes].map(([extension, entryType]) => [extension, withEditorChecks(extension, entryType, context)]),
      );
      await inner.load({
        ...context,
        entryTypes: checked,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            throw withFile(error, props.filePath, context.config.root);
          }
        },
      } as GlobContext);
    },
  };
}

/** Wraps an entry type so its files are parsed strictly and their images checked. */
function withEditorChecks(extension: string, entryType: EntryType, context: LoaderContext): EntryType {
  return {
    ...entryType,
    getEntryInfo: async ({ contents, fileUrl }) => {
      const filePath = fileURLToPath(fileUrl);
      const file = relativeFile(filePath, context.config.root);
      const parsed = DATA_EXTENSIONS.has(extension)
        ? { data: parseYaml(contents, file) as Record<string, unknown>, body: '' }
        : parseDocument(contents, file);
      if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
        throw new ContentError([{ file, message: 'Tệp phải gồm các dòng "tên trường: giá trị".' }]);
      }
      const missing: ContentProblem[] = findImageRefs(parsed.data)
        .filter((ref) => !existsSync(path.resolve(path.dirname(filePath), ref.path)))
        .map((ref) => ({
          file,
          field: ref.field,
          message: `Không tìm thấy tệp ảnh "${ref.path}". Kiểm tra tên tệp (kể cả chữ hoa, chữ thường) và thư mục.`,
        }));
      if (missing.length > 0) throw new ContentError(missing);
      const info = await entryType.getEntryInfo({ contents: cleanText(contents), fileUrl });
      return { ...info, data: parsed.data };
    },
  };
}

/** Adds the file's path to a schema error so the editor knows where to look. */
function withFile(error: unknown, filePath: string | undefined, root: URL): unknown {
  if (!(error instanceof Error) || !filePath || error instanceof ContentError) return error;
  const file = relativeFile(filePath, root);
  error.message = `Nội dung có lỗi trong tệp ${file}:\n${error.message.replaceAll('**', '')}`;
  return error;
}

function relativeFile(filePath: string, root: URL): string {
  return path.relative(fileURLToPath(root), filePath).split(path.sep).join('/');
}
