/**
 * Rewrites every file of content/ in the form the editor writes it (src/cms/canonical-file.ts):
 * run once after files were edited by hand or merged, so the next save in the editor changes
 * only what the editor changed. Usage: npm run content:normalise (prints the files it rewrote).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalFile } from '../src/cms/canonical-file.ts';
import { collectionFields } from '../src/cms/config/site-config.ts';
import { readSnapshot } from '../src/data/content-snapshot.ts';
import { collectionOf } from '../src/lib/content-check/collection-rules.ts';
import { contentCollections, isFolderCollection, type CollectionDefinition } from '../src/schemas/collections.ts';

const root = process.cwd();
const snapshot = await readSnapshot(path.join(root, 'content'), root);
const rules = contentCollections as unknown as Record<string, CollectionDefinition>;
let rewritten = 0;
for (const file of snapshot.files.values()) {
  if (file.text === undefined) continue;
  const collection = collectionOf(file, snapshot.root, rules as never);
  if (!collection) continue;
  const definition = rules[collection.name] as CollectionDefinition;
  const kind = !isFolderCollection(definition) ? 'yaml-list' : /\.ya?ml$/.test(file.path) ? 'yaml-entry' : 'mdx';
  const canonical = canonicalFile(file.text, kind, collectionFields(definition), file.path);
  if (canonical === file.text) continue;
  writeFileSync(path.join(root, file.path), canonical);
  console.log(file.path);
  rewritten += 1;
}
console.log(`${rewritten} tệp đã được viết lại theo cách trình biên tập ghi.`);
