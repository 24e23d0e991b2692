/**
 * The one place this project reads an `@internal` part of Astro: the glob loader's
 * `entryTypes`, the parsers Astro hands a loader for each file extension. The editor
 * checks wrap them to read front matter as strict YAML. Astro may change it in any minor
 * release (package.json pins the minor), so it is checked here and a change fails the
 * build with a message that says what to update, instead of an obscure crash.
 */

/** What the editor checks use of an entry type: turning a file's text into data and body. */
export interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<{ data: Record<string, unknown>; body: string }>;
}

/** The loader context as far as this project relies on it, with the internal field. */
export type ContextWithEntryTypes<Context> = Context & { entryTypes: Map<string, EntryType> };

/** Returns the context's entry types, or throws naming the Astro internals that changed. */
export function entryTypesOf(context: object): Map<string, EntryType> {
  const entryTypes = (context as { entryTypes?: unknown }).entryTypes;
  const valid =
    entryTypes instanceof Map &&
    [...entryTypes].every(
      ([extension, entryType]) =>
        typeof extension === 'string' && typeof (entryType as Partial<EntryType> | undefined)?.getEntryInfo === 'function',
    );
  if (!valid) {
    throw new Error(
      'This version of Astro no longer gives content loaders "entryTypes" (a Map of file extension to { getEntryInfo }), ' +
        "which src/loaders/editor-glob.ts wraps to check editors' files. Update src/loaders/entry-types.ts for the new " +
        'Astro version, or go back to the Astro minor version pinned in package.json.',
    );
  }
  return entryTypes as Map<string, EntryType>;
}
