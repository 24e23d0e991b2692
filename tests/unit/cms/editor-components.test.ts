/**
 * The storytelling components as editor blocks: every block the site's content uses is read
 * back exactly, and a file saved from the editor keeps its components, attributes and text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editorBlocks, rewriteBlocks } from '../../../src/cms/editor-components';
import { fromMdxFile, toMdxFile } from '../../../src/cms/file-formats';
import { parseDocument } from '../../../src/lib/frontmatter';
import { MDX_COMPONENT_NAMES } from '../../../src/lib/mdx-components';
import { listFiles } from '../../support/dist';

const mdxFiles = listFiles('content')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `content/${file}`);
const withComponents = mdxFiles.filter((file) => /<[A-Z]/.test(readFileSync(file, 'utf8')));

/** Components in a body as name, attributes and whitespace-normalised text, in order. */
function components(body: string): string[] {
  return [...body.matchAll(/<([A-Z]\w*)((?:\s+\w+="[^"]*")*)\s*(\/?)>/g)].map(
    (match) => `${match[1]}${(match[2] ?? '').replace(/\s+/g, ' ')}${match[3]}`,
  );
}
const text = (body: string) =>
  body
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('editor blocks', () => {
  it('cover every component an MDX file may use', () => {
    const covered = new Set(
      editorBlocks.flatMap((block) => [block.id, ...(block.id === 'Stats' ? ['Stat'] : block.id === 'Timeline' ? ['Event'] : [])]),
    );
    expect([...covered].sort()).toEqual([...MDX_COMPONENT_NAMES].sort());
  });

  it.each(withComponents)('keep the components of %s through a save', (file) => {
    const { body } = parseDocument(readFileSync(file, 'utf8'), file);
    const saved = rewriteBlocks(body);
    expect(components(saved)).toEqual(components(body));
    expect(text(saved)).toBe(text(body));
    expect(rewriteBlocks(saved)).toBe(saved);
  });

  it('find a block as the editor inserts it', () => {
    for (const block of editorBlocks) {
      const props = {
        text: 'Dòng một.\n\nDòng "hai".',
        source: 'Toàn tập, tập 4, tr. 7',
        speaker: '',
        caption: 'Ảnh "đẹp"',
        src: './anh/a.jpg',
        alt: 'Mô tả',
        title: 'Ghi nhớ',
        stats: [{ value: '659', label: 'mô hình' }],
        events: [{ when: '15/5/2016', text: 'Chỉ thị 05-CT/TW.' }],
      };
      const mdx = block.toBlock(props);
      const match = mdx.match(block.pattern);
      expect(match, block.id).not.toBeNull();
      expect(block.toBlock(block.fromBlock(match as RegExpMatchArray))).toBe(mdx);
    }
  });
});

describe('MDX files written by the editor', () => {
  it.each(mdxFiles.slice(0, 12))('%s keeps its fields and body', (file) => {
    const original = readFileSync(file, 'utf8');
    const saved = toMdxFile(fromMdxFile(original));
    const before = parseDocument(original, file);
    const after = parseDocument(saved, file);
    expect(after.data).toEqual(before.data);
    expect(after.body.trim()).toBe(before.body.trim());
  });

  it('leaves out empty fields and switches left off', () => {
    expect(toMdxFile({ title: 'A', draft: false, tags: [], radio: { abbreviations: {}, keep: [] }, body: 'B' })).toBe(
      '---\ntitle: A\n---\n\nB\n',
    );
  });
});
