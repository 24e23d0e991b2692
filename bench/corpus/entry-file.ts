/** Writes content files as editors do: YAML frontmatter between "---" lines, then the MDX body. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';

/** YAML without line folding, so long titles stay on one line. */
export function toYaml(data: unknown): string {
  return stringify(data, { lineWidth: 0 });
}

/** Writes an MDX entry; fields whose value is undefined are left out. */
export function writeEntry(file: string, data: Record<string, unknown>, body: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `---\n${toYaml(data)}---\n\n${body}`);
}

/** Writes a YAML data file. */
export function writeYaml(file: string, data: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, toYaml(data));
}
