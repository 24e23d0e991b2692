/**
 * Loads a YAML list of records (localities, radio dictionaries), each item an entry with its own
 * `id`, read with the project's strict YAML parser. What the file may contain (an item without
 * id, an id twice, a field a schema refuses) is checked before the content layer runs, with
 * every other file (src/integrations/content-check/).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parseYaml } from '../lib/frontmatter';
import { relativeFile, withFile } from './file-errors';

/** A loader that says which file it reads, so the editor UI (src/cms/) writes there. */
export type EditorFileLoader = Loader & { file: string };

/** A loader for a YAML file holding a list of records, each with a unique `id`. */
export function editorFile(fileName: string): EditorFileLoader {
  const loader: Loader = {
    name: 'editor-file',
    load: async ({ config, parseData, store, watcher, generateDigest }) => {
      const url = new URL(fileName, config.root);
      const filePath = fileURLToPath(url);
      const items = (parseYaml(readFileSync(url, 'utf8'), relativeFile(filePath, config.root)) ?? []) as Record<string, unknown>[];
      store.clear();
      for (const item of items) {
        const id = item.id as string;
        try {
          const data = await parseData({ id, data: item, filePath });
          store.set({ id, data, filePath: relativeFile(filePath, config.root), digest: generateDigest(item) });
        } catch (error) {
          throw withFile(error, filePath, config.root);
        }
      }
      watcher?.add(filePath);
    },
  };
  return Object.assign(loader, { file: fileName });
}
