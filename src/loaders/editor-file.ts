/**
 * Loads a YAML list of records (localities, radio dictionaries) with the editors'
 * contract. Astro's file() loader only logs a missing file, a syntax error or an
 * item without id and carries on; here each of them stops the build with the file named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { ContentError, type ContentProblem } from '../lib/content-error';
import { parseYaml } from '../lib/frontmatter';
import { relativeFile, withFile } from './file-errors';

/** A loader that says which file it reads, so the editor UI (src/integrations/cms/) writes there. */
export type EditorFileLoader = Loader & { file: string };

/** A loader for a YAML file holding a list of records, each with a unique `id`. */
export function editorFile(fileName: string): EditorFileLoader {
  const loader: Loader = {
    name: 'editor-file',
    load: async ({ config, parseData, store, watcher, generateDigest }) => {
      const url = new URL(fileName, config.root);
      const filePath = fileURLToPath(url);
      const file = relativeFile(filePath, config.root);
      if (!existsSync(url)) throw new ContentError([{ file, message: 'Không tìm thấy tệp này; dự án cần nó để tạo trang.' }]);
      const items = parseYaml(readFileSync(url, 'utf8'), file) ?? [];
      if (!Array.isArray(items)) throw new ContentError([{ file, message: 'Tệp phải là một danh sách, mỗi mục bắt đầu bằng "- id: …".' }]);

      const problems: ContentProblem[] = [];
      const seen = new Set<string>();
      items.forEach((item, index) => {
        const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
        if (typeof id !== 'string' || id.trim() === '') {
          problems.push({ file, field: `[${index}].id`, message: `Mục thứ ${index + 1} thiếu mã "id".` });
        } else if (seen.has(id)) {
          problems.push({ file, field: `[${index}].id`, message: `Mã "${id}" bị trùng: mỗi mục một mã riêng.` });
        } else {
          seen.add(id);
        }
      });
      if (problems.length > 0) throw new ContentError(problems);

      store.clear();
      for (const item of items as Record<string, unknown>[]) {
        const id = item.id as string;
        try {
          const data = await parseData({ id, data: item, filePath });
          store.set({ id, data, filePath: file, digest: generateDigest(item) });
        } catch (error) {
          throw withFile(error, filePath, config.root);
        }
      }
      watcher?.add(filePath);
    },
  };
  return Object.assign(loader, { file: fileName });
}
