/**
 * Every content file is already in the form the editor writes it (src/cms/canonical-file.ts), so
 * a save in the editor changes only the lines of the fields the editor changed. After editing
 * files by hand, run `npm run content:normalise`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalFile } from '../../src/cms/canonical-file';
import { collectionFields } from '../../src/cms/config/site-config';
import { readSnapshot } from '../../src/data/content-snapshot';
import { collectionOf } from '../../src/lib/content-check/collection-rules';
import { contentCollections, isFolderCollection, type CollectionDefinition } from '../../src/schemas/collections';

const root = path.resolve('.');
const snapshot = await readSnapshot(path.join(root, 'content'), root);
const rules = contentCollections as unknown as Record<string, CollectionDefinition>;
const entryFiles = [...snapshot.files.values()].flatMap((file) => {
  const collection = file.text === undefined ? undefined : collectionOf(file, snapshot.root, rules as never);
  return collection ? [{ file, definition: rules[collection.name] as CollectionDefinition }] : [];
});

describe('content files', () => {
  it('are all read by some kind of content', () => {
    expect(entryFiles.length).toBeGreaterThan(100);
  });

  it.each(entryFiles.map(({ file, definition }) => [file.path, file.text as string, definition] as const))(
    '%s is written as the editor writes it (npm run content:normalise)',
    (file, text, definition) => {
      const kind = !isFolderCollection(definition) ? 'yaml-list' : /\.ya?ml$/.test(file) ? 'yaml-entry' : 'mdx';
      expect(canonicalFile(text, kind, collectionFields(definition), file)).toBe(text);
    },
  );
});
