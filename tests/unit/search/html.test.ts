import { describe, expect, it } from 'vitest';
import { heroThumbnail, searchDocument, withHeroImageMeta } from '../../../src/lib/search/html';

const hero = `<picture><source srcset="/_astro/a_1.avif 360w, /_astro/a_2.avif 720w" type="image/avif"><source srcset="/_astro/a_1.webp 360w, /_astro/a_2.webp 720w" type="image/webp"><img src="/_astro/a.jpg" alt="" data-share-photo></picture>`;
const page = (body: string) => `<html><body><article data-pagefind-body><h1>T</h1>${body}</article></body></html>`;

describe('heroThumbnail', () => {
  it('takes the smallest WebP of the picture marked data-share-photo', () => {
    expect(heroThumbnail(page(hero))).toBe('/_astro/a_1.webp');
  });

  it('falls back to the img src, and ignores pictures that are not the hero', () => {
    expect(heroThumbnail(page('<picture><img src="/x.jpg" data-share-photo></picture>'))).toBe('/x.jpg');
    expect(heroThumbnail(page(hero.replace(' data-share-photo', '')))).toBeUndefined();
    expect(heroThumbnail(page(''))).toBeUndefined();
  });
});

describe('withHeroImageMeta', () => {
  it('adds the thumbnail as Pagefind image metadata', () => {
    expect(withHeroImageMeta(page(hero))).toContain('<span hidden data-pagefind-meta="image:/_astro/a_1.webp"></span></body>');
  });

  it('leaves pages with their own image metadata or without a hero unchanged', () => {
    const own = page(`${hero}<span data-pagefind-meta="image:/own.webp"></span>`);
    expect(withHeroImageMeta(own)).toBe(own);
    expect(withHeroImageMeta(page('<p>x</p>'))).toBe(page('<p>x</p>'));
  });
});

describe('searchDocument', () => {
  const full = (main: string) =>
    `<!doctype html><html lang="vi" data-x><head><meta charset="utf-8"><title>Tựa – Làm theo Bác</title><style>p{}</style></head>` +
    `<body><header><nav><a href="/">Trang chủ</a></nav></header><main>${main}</main><footer>Ban Tuyên giáo</footer><script>x()</script></body></html>`;

  it('keeps the language, the title and the body element, nested tags of its name included', () => {
    const body = '<article class="item" data-pagefind-body><h1>Tựa</h1><article><p>Trong</p></article><p>Sau</p></article>';
    expect(searchDocument(full(`${body}<aside>Liên quan</aside>`))).toBe(
      `<!doctype html><html lang="vi" data-x><head><title>Tựa – Làm theo Bác</title></head><body>${body}</body></html>`,
    );
  });

  it('keeps every body element once, a nested one inside its parent', () => {
    const first = '<div data-pagefind-body><p>Một</p><section data-pagefind-body>Hai</section></div>';
    const second = '<section data-pagefind-body>Ba</section>';
    expect(searchDocument(full(`${first}<p>bỏ</p>${second}`))).toContain(`<body>${first}${second}</body>`);
  });

  it('returns a page without a body element as it is', () => {
    expect(searchDocument(full('<p>Danh sách</p>'))).toBe(full('<p>Danh sách</p>'));
  });
});
