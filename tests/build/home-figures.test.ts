/**
 * The campaign's figures as content/so-lieu.yaml gives them, on the home page and the about page:
 * in the file's order (a figure that says "tại các hội nghị" follows the conferences it counts),
 * with its source and period said under them. Read from dist/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { builtPage } from '../support/dist';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const highlights = parseYamlText(readFileSync(path.join(contentDir, 'so-lieu.yaml'), 'utf8')) as {
  value: string;
  label: string;
  period?: string;
  source?: string;
}[];

describe.each(['/', '/gioi-thieu/'])('the figures on %s', (sitePath) => {
  const section = builtPage(sitePath).root.querySelector('.highlights');

  it('come in the order of the content file, each with its label', () => {
    const shown = section?.querySelectorAll('.stat-label').map((label) => label.text.trim());
    expect(shown).toEqual(highlights.map((highlight) => highlight.label));
  });

  it('say their source and period once, under the figures', () => {
    const sources = section?.querySelectorAll('.highlights__source').map((line) => line.text.trim()) ?? [];
    const { source, period } = highlights[0] ?? {};
    expect(sources).toHaveLength(1);
    expect(sources[0]).toContain(`Nguồn: ${source?.replace(/\.$/, '')}.`);
    expect(sources[0]).toContain(`Số liệu ${period}.`);
  });
});
