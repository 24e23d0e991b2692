import { describe, expect, it } from 'vitest';
import { renderMdxBody } from '../../../src/loaders/mdx-body-html';

const FILE = '/du-an/content/articles/bai-mau.mdx';

describe('renderMdxBody', () => {
  it('renders Markdown as the build’s MDX does: heading ids, curly quotes, escaped text', async () => {
    const { html, metadata } = await renderMdxBody('## Bước một: "kiểm chứng"\n\nA & B *không* \\<.', FILE);
    expect(html).toBe('<h2 id="bước-một-kiểm-chứng">Bước một: “kiểm chứng”</h2>\n<p>A &amp; B <em>không</em> &lt;.</p>');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'bước-một-kiểm-chứng', text: 'Bước một: “kiểm chứng”' }]);
  });

  it('leaves each storytelling block as a marker around its rendered inside, nested blocks inside', async () => {
    const body = '<Stats>\n<Stat value="659" label="mô hình" />\n</Stats>\n\n<Quote source="Toàn tập, tập 4">\nLời **Bác**.\n</Quote>';
    const { html } = await renderMdxBody(body, FILE);
    expect(html).toBe(
      '<!--lt-block Stats {}--><!--lt-block Stat {"value":"659","label":"mô hình"}--><!--/lt-block--><!--/lt-block-->\n' +
        '<!--lt-block Quote {"source":"Toàn tập, tập 4"}--><p>Lời <strong>Bác</strong>.</p><!--/lt-block-->',
    );
  });

  it('leaves a local image as Astro’s image marker and names it for the image pipeline', async () => {
    const { html, metadata } = await renderMdxBody('![Lớp học](./anh/lop-hoc.jpg)', FILE);
    expect(html).toBe(
      '<p><img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;Lớp học&quot;,&quot;src&quot;:&quot;./anh/lop-hoc.jpg&quot;,&quot;index&quot;:0}"/></p>',
    );
    expect(metadata.imagePaths).toEqual(['./anh/lop-hoc.jpg']);
  });

  it.each([
    ['an expression', 'Nhà {process.env.HOME}', 'ngoặc nhọn'],
    ['an import', 'import x from "y"\n\nBài.', 'import/export'],
    ['a tag that is not a block', '<script>alert(1)</script>', '<script>'],
  ])('refuses %s, naming the file, before anything runs', async (_, body, words) => {
    await expect(renderMdxBody(body, FILE)).rejects.toThrow(new RegExp(`${FILE}.*${words.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 's'));
  });
});
