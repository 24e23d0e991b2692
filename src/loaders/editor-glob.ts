/**
 * Astro's glob loader with the editors' contract on top: strict YAML (dates stay text
 * until the schema checks them), BOM and Windows line endings accepted, missing image
 * files and duplicate ids reported in Vietnamese with the file and field, and every
 * schema error prefixed with the file's path.
 */
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError, type ContentProblem } from '../lib/content-error';
import { cleanText, parseDocument, parseYaml } from '../lib/frontmatter';
import { findImageRefs } from '../lib/image-refs';
import { findUnknownComponents, MDX_COMPONENT_NAMES } from '../lib/mdx-components';
import { slugFromFileName } from '../lib/slug';
import { entryTypesOf, type ContextWithEntryTypes, type EntryType } from './entry-types';
import { relativeFile, withFile } from './file-errors';

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

type GlobContext = ContextWithEntryTypes<LoaderContext>;

const DATA_EXTENSIONS = new Set(['.yaml', '.yml']);

/** Larger files are camera originals: they slow every build and bloat the repository; editors resize them first. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** A loader that says which folder and files it reads, so the editor UI (src/integrations/cms/) writes there. */
export type EditorGlobLoader = Loader & Pick<EditorGlobOptions, 'base' | 'pattern'>;

/** A glob loader whose problems stop the build with messages editors can act on. */
export function editorGlob(options: EditorGlobOptions): EditorGlobLoader {
  const idFor = options.id ?? ((file: string) => slugFromFileName(file));
  const duplicateMessage =
    options.duplicateMessage ?? ((other: string) => `Trùng địa chỉ với tệp ${other}: hai tệp cho cùng một đường dẫn. Hãy đổi tên một tệp.`);
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

  const loader: Loader = {
    name: 'editor-glob',
    load: async (context) => {
      const entryTypes = entryTypesOf(context);
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
  return Object.assign(loader, { base: options.base, pattern: options.pattern });
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
      const imageProblems = findImageRefs(parsed.data).flatMap((ref): ContentProblem[] => {
        const imageFile = path.resolve(path.dirname(filePath), ref.path);
        if (!existsSync(imageFile)) {
          return [
            {
              file,
              field: ref.field,
              message: `Không tìm thấy tệp ảnh "${ref.path}". Kiểm tra tên tệp (kể cả chữ hoa, chữ thường) và thư mục.`,
            },
          ];
        }
        const bytes = statSync(imageFile).size;
        if (bytes > MAX_IMAGE_BYTES) {
          return [
            {
              file,
              field: ref.field,
              message: `Ảnh "${ref.path}" nặng ${(bytes / 1024 / 1024).toFixed(1)} MB, quá giới hạn ${MAX_IMAGE_BYTES / 1024 / 1024} MB. Hãy thu nhỏ ảnh (chiều rộng khoảng 2.000 điểm ảnh là đủ) rồi lưu lại.`,
            },
          ];
        }
        return [];
      });
      if (imageProblems.length > 0) throw new ContentError(imageProblems);
      const unknownComponents = findUnknownComponents(parsed.body).map((component) => ({
        file,
        message: `Dòng ${component.line + bodyOffset(contents)}: không có thành phần <${component.name}>. Các thành phần dùng được: ${MDX_COMPONENT_NAMES.map((name) => `<${name}>`).join(', ')}.`,
      }));
      if (unknownComponents.length > 0) throw new ContentError(unknownComponents);
      const info = await entryType.getEntryInfo({ contents: cleanText(contents), fileUrl });
      return { ...info, data: parsed.data };
    },
  };
}

/** Number of lines before the body (the frontmatter block), so body line numbers match the editor's file. */
function bodyOffset(contents: string): number {
  const clean = cleanText(contents);
  const end = clean.indexOf('\n---', 3);
  return end < 0 ? 0 : clean.slice(0, end + 4).split('\n').length;
}
