import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-error';
import { parseDocument, parseYaml } from '../../src/lib/frontmatter';

describe('parseDocument', () => {
  it('keeps dates as text so the schema can check them strictly', () => {
    const { data, body } = parseDocument('---\ntitle: A\npubDate: 2021-13-45\n---\nBody', 'a.mdx');
    expect(data).toEqual({ title: 'A', pubDate: '2021-13-45' });
    expect(body).toBe('Body');
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const { data, body } = parseDocument('\uFEFF---\r\ntitle: Bác Hồ\r\n---\r\nDòng 1\r\nDòng 2', 'a.mdx');
    expect(data).toEqual({ title: 'Bác Hồ' });
    expect(body).toBe('Dòng 1\nDòng 2');
  });

  it('names the file and the line of a YAML syntax error, in Vietnamese', () => {
    try {
      parseDocument('---\ntitle: A\ntags: [a, b\ndescription: x\n---\n', 'content/articles/a.mdx');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as Error).message).toContain('content/articles/a.mdx');
      expect((error as Error).message).toMatch(/sai cú pháp YAML ở dòng \d+/);
    }
  });

  it('reports a field written twice', () => {
    expect(() => parseDocument('---\ntitle: A\ntitle: B\n---\n', 'a.mdx')).toThrow(/hai lần/);
  });

  it('requires the frontmatter block', () => {
    expect(() => parseDocument('Chỉ có nội dung', 'a.mdx')).toThrow(/frontmatter/);
  });
});

describe('parseYaml', () => {
  it('parses lists of records', () => {
    expect(parseYaml('- id: a\n  name: Đăk Hà\n', 'x.yaml')).toEqual([{ id: 'a', name: 'Đăk Hà' }]);
  });
});
