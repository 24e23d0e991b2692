import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { namedFiles, savedFileText } from '../../../src/cms/saved-file';
import { parseDocument } from '../../../src/lib/frontmatter';

describe('savedFileText', () => {
  it('writes an MDX entry as the CMS format does: front matter, then the body', () => {
    const text = savedFileText({
      collection: 'articles',
      path: 'content/articles/a.mdx',
      data: { title: 'Tiêu đề', draft: false, body: 'Nội dung.' },
    });
    expect(parseDocument(text, 'a.mdx')).toEqual({ data: { title: 'Tiêu đề' }, body: '\nNội dung.\n' });
  });

  it('writes a YAML entry and a list file', () => {
    expect(parse(savedFileText({ collection: 'charts', path: 'content/charts/a.yaml', data: { title: 'Biểu đồ', note: '' } }))).toEqual({
      title: 'Biểu đồ',
    });
    expect(
      parse(savedFileText({ collection: 'localities', path: 'content/localities.yaml', data: { items: [{ id: 'a', name: 'A' }] } })),
    ).toEqual([{ id: 'a', name: 'A' }]);
  });

  it('refuses a collection the site does not have', () => {
    expect(() => savedFileText({ collection: 'nope', path: 'content/x.mdx', data: {} })).toThrow(/does not list/);
  });
});

describe('namedFiles', () => {
  it('finds the files a save names in its fields and in the body, from the repository root', () => {
    expect(
      namedFiles({
        collection: 'articles',
        path: 'content/articles/bai.mdx',
        data: {
          cover: { src: './anh/bia.jpg', alt: 'x' },
          body: 'A ![ảnh](./anh/lop.jpg) và [tệp](../documents/tep/a.pdf)',
          title: 'Không phải ./tệp',
        },
      }),
    ).toEqual(['content/articles/anh/bia.jpg', 'content/articles/anh/lop.jpg']);
  });
});

describe('relativeFilePaths', () => {
  it('gives back the "./" the CMS drops when it reuses an identical upload, and nothing else', async () => {
    const { relativeFilePaths } = await import('../../../src/cms/file-formats');
    expect(
      relativeFilePaths({
        attachment: { file: 'tep/a.pdf', label: 'tep/a.pdf là tên' },
        cover: { src: './anh/b.jpg' },
        list: ['anh/c.webp'],
      }),
    ).toEqual({
      attachment: { file: './tep/a.pdf', label: 'tep/a.pdf là tên' },
      cover: { src: './anh/b.jpg' },
      list: ['./anh/c.webp'],
    });
  });
});
