import { describe, expect, it } from 'vitest';
import { readSharePage } from '../../../src/lib/share-image/read-page.ts';

const page = (head: string, body = '<body>'): string => `<!doctype html><html lang="vi"><head>${head}</head>${body}<p>x</p></body></html>`;

describe('readSharePage', () => {
  it('reads og:title, the kind label and the first share photo', () => {
    const html = page(
      '<title>Tiêu đề – Làm theo Bác</title><meta property="og:title" content="Bác &amp; đồng bào &quot;Tây Nguyên&quot;">',
      '<body data-share-kind="Bài viết"><img src="/_astro/logo.svg"><img data-share-photo src="/_astro/a.hash.webp"><img data-share-photo src="/_astro/b.webp">',
    );
    expect(readSharePage(html)).toEqual({ title: 'Bác & đồng bào "Tây Nguyên"', kind: 'Bài viết', photoSrc: '/_astro/a.hash.webp' });
  });

  it('falls back to <title> and leaves out what the page does not declare', () => {
    expect(readSharePage(page('<title> Trang chủ </title>'))).toEqual({ title: 'Trang chủ', kind: undefined, photoSrc: undefined });
  });

  it('treats an empty og:title or kind as absent', () => {
    expect(readSharePage(page('<title>Tìm kiếm</title><meta property="og:title" content="">', '<body data-share-kind=" ">'))).toMatchObject(
      {
        title: 'Tìm kiếm',
        kind: undefined,
      },
    );
  });

  it('gives an empty title for a page without one', () => {
    expect(readSharePage(page('')).title).toBe('');
  });

  it('finds the share photo anywhere in the body, and not in text that shows the markup', () => {
    const html = page(
      '<title>Bài</title>',
      `<body data-share-kind="Bài viết"><p>Mã &lt;img data-share-photo src="/gia.webp"&gt;</p>${'<p>Đoạn văn.</p>'.repeat(500)}<figure><img alt="Ảnh" data-share-photo loading="eager" src="/_astro/that.webp"></figure>`,
    );
    expect(readSharePage(html)).toMatchObject({ kind: 'Bài viết', photoSrc: '/_astro/that.webp' });
  });

  it('reads the og:image path, and nothing from a page without a head', () => {
    expect(readSharePage(page('<meta property="og:image" content="https://site.example/bai-viet/a/og.jpg">')).imagePath).toBe(
      '/bai-viet/a/og.jpg',
    );
    expect(readSharePage('<p>Không có head</p>')).toEqual({ title: '', kind: undefined, photoSrc: undefined, imagePath: undefined });
  });
});
