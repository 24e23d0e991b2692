/**
 * Writes the generated part of the "## Build" section of docs/benchmarks.md, between two
 * markers, leaving everything else (other sections, hand-written notes) as it is.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const START = '<!-- bench:build:start (written by bench/build.ts) -->';
const END = '<!-- bench:build:end -->';

const NEW_FILE = `# Benchmarks

Measurements of this site on the project's machine (2 cores, 24 GiB, shared with other work):
each section says how it was measured. Figures are medians over repeated runs, taken side by
side with a baseline so the machine's noise hits both.
`;

/** Replaces the generated block of the Build section (creating the file or section if needed). */
export function writeBuildSection(file: string, generated: string): void {
  const block = `${START}\n${generated.trim()}\n${END}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : NEW_FILE;
  if (text.includes(START) && text.includes(END)) {
    text = text.slice(0, text.indexOf(START)) + block + text.slice(text.indexOf(END) + END.length);
  } else if (/^## Build$/m.test(text)) {
    text = text.replace(/^## Build$/m, `## Build\n\n${block}`);
  } else {
    text = `${text.trimEnd()}\n\n## Build\n\n${block}\n`;
  }
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
