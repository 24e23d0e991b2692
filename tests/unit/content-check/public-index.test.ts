import { describe, expect, it } from 'vitest';
import { publicIndex, withoutBody } from '../../../src/lib/content-check/public-index';
import { snapshotOf } from '../../../src/lib/content-check/snapshot';

describe('publicIndex', () => {
  const today = new Date('2026-12-07T00:00:00Z');
  const snapshot = snapshotOf('content', [
    { path: 'content/articles/a.mdx', bytes: 30, text: '---\ntitle: A\n---\n\nThân bài A.\n' },
    { path: 'content/articles/nhap.mdx', bytes: 30, text: '---\ntitle: Nháp\n---\n\nThân.\n' },
    { path: 'content/articles/hen.mdx', bytes: 30, text: '---\ntitle: Hẹn\n---\n\nThân.\n' },
    { path: 'content/articles/anh/a.jpg', bytes: 1234 },
    { path: 'content/localities.yaml', bytes: 20, text: '- id: a\n  name: A\n' },
  ]);
  const entry = (file: string, data: Record<string, unknown>) => ({ collection: 'articles', id: file, file, data, valid: true });

  it('keeps published entries without their bodies, and every other file, and leaves drafts and scheduled items out', () => {
    const index = publicIndex(
      snapshot,
      [
        entry('content/articles/a.mdx', { pubDate: new Date('2026-01-01'), draft: false }),
        entry('content/articles/nhap.mdx', { pubDate: new Date('2026-01-01'), draft: true }),
        entry('content/articles/hen.mdx', { pubDate: new Date('2027-01-01'), draft: false }),
      ],
      today,
    );
    expect(index).toEqual([
      { path: 'content/articles/a.mdx', bytes: 30, text: '---\ntitle: A\n---\n' },
      { path: 'content/articles/anh/a.jpg', bytes: 1234 },
      { path: 'content/localities.yaml', bytes: 20, text: '- id: a\n  name: A\n' },
    ]);
  });

  it('cuts a body after the front matter, whatever the line endings', () => {
    expect(withoutBody('\uFEFF---\r\ntitle: A\r\n---\r\nThân.')).toBe('\uFEFF---\r\ntitle: A\r\n---\r\n');
    expect(withoutBody('title: A\n')).toBe('title: A\n');
  });
});
