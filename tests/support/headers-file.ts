/**
 * Reads a `_headers` file (Cloudflare Pages, Netlify) and answers what headers a path gets:
 * every rule whose pattern matches applies, and a header named by two rules gets both
 * values joined with ", ", as those hosts do.
 */

/** One rule: a path pattern ("/*", "/_astro/*", "/*.txt") and its headers. */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** Parses the file's blocks: a pattern line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const patternRegex = (pattern: string) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** The headers a path gets under these rules. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules.filter((candidate) => patternRegex(candidate.pattern).test(path))) {
    for (const [name, value] of rule.headers) result.set(name, result.has(name) ? `${result.get(name)}, ${value}` : value);
  }
  return result;
}
