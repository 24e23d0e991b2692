import { describe, expect, it } from 'vitest';
import { canonicalFile, inFormOrder } from '../../../src/cms/canonical-file';
import type { FieldShape } from '../../../src/cms/config/schema-shape';

const text = (required = true): FieldShape => ({ kind: 'text', required, patterns: [] });
const fields: Record<string, FieldShape> = {
  title: text(),
  cover: { kind: 'object', required: false, fields: { src: text(), alt: text() } },
  tags: { kind: 'list', required: false, item: text() },
  draft: { kind: 'boolean', required: false, default: false },
};

describe('inFormOrder', () => {
  it('puts keys in the form order at every depth, keeping unknown keys after', () => {
    const ordered = inFormOrder({ extra: 1, cover: { alt: 'a', src: 's' }, title: 't' }, { kind: 'object', fields });
    expect(JSON.stringify(ordered)).toBe('{"title":"t","cover":{"src":"s","alt":"a"},"extra":1}');
  });
});

describe('canonicalFile', () => {
  it('writes an MDX file as the editor does: form order, no quotes it does not need, no defaults', () => {
    const file = '---\ndraft: false\ncover:\n  alt: "Ảnh"\n  src: "./anh/a.jpg"\ntitle: "Tiêu đề"\n---\n\n\nThân bài.\n';
    expect(canonicalFile(file, 'mdx', fields)).toBe('---\ntitle: Tiêu đề\ncover:\n  src: ./anh/a.jpg\n  alt: Ảnh\n---\n\nThân bài.\n');
  });

  it('is what it gives: a canonical file does not change', () => {
    const once = canonicalFile('---\ntitle: "A"\n---\nB\n', 'mdx', fields);
    expect(canonicalFile(once, 'mdx', fields)).toBe(once);
  });

  it('writes a list file without its comments, each item in the form order', () => {
    expect(canonicalFile('# ghi chú\n- cover:\n    alt: x\n  title: "T"\n', 'yaml-list', fields)).toBe(
      '- title: T\n  cover:\n    alt: x\n',
    );
  });
});
