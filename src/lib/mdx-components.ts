/**
 * Names of the components editors may use in MDX without importing them. The loader
 * checks bodies against this list, so a typo such as <Qoute> is reported with its file
 * and line instead of failing later while pages render.
 */

/** Component names available in every MDX file; src/components/mdx/index.ts provides exactly these. */
export const MDX_COMPONENT_NAMES = ['Callout', 'Event', 'Figure', 'Quote', 'Stat', 'Stats', 'Timeline'] as const;

/** A component used in a body that the site does not provide. */
export interface UnknownComponent {
  name: string;
  line: number;
}

/** Finds capitalised JSX tags outside code that are not in `known` and not imported by the file itself. */
export function findUnknownComponents(body: string, known: readonly string[] = MDX_COMPONENT_NAMES): UnknownComponent[] {
  const imported = new Set([...body.matchAll(/^import\s+(\w+)/gm)].map((match) => match[1]));
  const found: UnknownComponent[] = [];
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const withoutCode = line.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/<\/?([A-Z][A-Za-z0-9]*)/g)) {
      const name = match[1] ?? '';
      if (!known.includes(name) && !imported.has(name) && !found.some((f) => f.name === name)) found.push({ name, line: index + 1 });
    }
  });
  return found;
}
