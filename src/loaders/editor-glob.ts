/**
 * Astro's glob loader reading files the editors' way: strict YAML (dates stay text until the
 * schema checks them), a byte-order mark and Windows line endings accepted, and every schema
 * error prefixed with the file's path. What a file may contain is checked before the content
 * layer runs, all files at once (src/integrations/content-check.ts); this loader only reads.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { ContentError } from '../lib/content-error';
import { cleanText, parseDocument, parseYaml } from '../lib/frontmatter';
import { contentRoot } from '../data/content-root';
import { relativeImagePath } from '../lib/content-check/images';
import { idFromFileName, type IdFromEntry } from '../schemas/collections';
import { entryTypesOf, type ContextWithEntryTypes, type EntryType } from './entry-types';
import { relativeFile, withFile } from './file-errors';
import { bodyRendererVersion } from './body-renderer-version';
import { renderMdxBody, type RenderedBody } from './mdx-body-html';

/** Options of {@link editorGlob}. */
export interface EditorGlobOptions {
  /** Folder, relative to the project root (e.g. "./content/articles"). */
  base: string;
  /** Files to load, e.g. "**\/*.mdx". Files and folders starting with "_" are skipped. */
  pattern: string;
  /** Builds the id; default: the folded file name, so URLs are ASCII and stable. */
  id?: IdFromEntry;
}

type GlobContext = ContextWithEntryTypes<LoaderContext>;

/** How Astro's glob loader asks an entry type to render a body, and what it keeps. */
type RenderFunction = (entry: { id: string; body?: string; filePath?: string }) => Promise<RenderedBody>;

/** Meta key of the body renderer's digest the stored bodies were rendered with. */
const RENDERER_VERSION = 'body-renderer-version';

const DATA_EXTENSIONS = new Set(['.yaml', '.yml']);

/** A loader that says which folder and files it reads, so the editor UI writes there. */
export type EditorGlobLoader = Loader & Pick<EditorGlobOptions, 'base' | 'pattern'>;

/** A glob loader that parses editors' files strictly. */
export function editorGlob(options: EditorGlobOptions): EditorGlobLoader {
  const idFor = options.id ?? idFromFileName;
  const inner = glob({
    base: options.base,
    pattern: [options.pattern, '!**/_*', '!**/_*/**'],
    generateId: ({ entry, data }) => idFor(path.posix.join(options.base.replace(/^\.\//, ''), entry), data),
  });

  const loader: Loader = {
    name: 'editor-glob',
    load: async (context) => {
      const entryTypes = entryTypesOf(context);
      const version = bodyRendererVersion(fileURLToPath(context.config.root));
      if (context.meta.get(RENDERER_VERSION) !== version) context.store.clear();
      // Astro's glob loader logs a body that fails to render and goes on: remember it, so the build stops.
      const failures = new Map<string, unknown>();
      const renderFunction: RenderFunction = async ({ id, body, filePath }) => {
        try {
          return await renderMdxBody(body ?? '', filePath ?? '');
        } catch (error) {
          failures.set(id, withFile(error, filePath, context.config.root));
          throw error;
        }
      };
      const strict = new Map(
        [...entryTypes].map(([extension, entryType]) => [extension, strictEntryType(extension, entryType, context, renderFunction)]),
      );
      await inner.load({
        ...context,
        entryTypes: strict,
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch (error) {
            throw withFile(error, props.filePath, context.config.root);
          }
        },
      } as GlobContext);
      if (failures.size > 0) {
        for (const id of failures.keys()) context.store.delete(id);
        throw [...failures.values()][0];
      }
      context.meta.set(RENDERER_VERSION, version);
    },
  };
  return Object.assign(loader, { base: options.base, pattern: options.pattern });
}

/** Names shared images ("/anh/logo.jpg") relative to the entry, as Astro's image() resolves paths. */
function withSharedImagesRelative(data: Record<string, unknown>, file: string, root: string): Record<string, unknown> {
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return relativeImagePath(file, value, root);
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item)]));
    return value;
  };
  return rewrite(data) as Record<string, unknown>;
}

/** Wraps an entry type so its front matter is read as strict YAML. */
function strictEntryType(extension: string, entryType: EntryType, context: LoaderContext, renderFunction: RenderFunction): EntryType {
  return {
    ...entryType,
    getEntryInfo: async ({ contents, fileUrl }) => {
      const file = relativeFile(fileURLToPath(fileUrl), context.config.root);
      const parsed = DATA_EXTENSIONS.has(extension)
        ? { data: parseYaml(contents, file) as Record<string, unknown>, body: '' }
        : parseDocument(contents, file);
      if (!parsed.data || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
        throw new ContentError([{ file, message: 'Tệp phải gồm các dòng "tên trường: giá trị".' }]);
      }
      const info = await entryType.getEntryInfo({ contents: cleanText(contents), fileUrl });
      return { ...info, data: withSharedImagesRelative(parsed.data, file, relativeFile(path.resolve(contentRoot), context.config.root)) };
    },
    ...(extension === '.mdx' && { getRenderFunction: async () => renderFunction }),
  };
}
