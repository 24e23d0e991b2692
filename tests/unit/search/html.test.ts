import { describe, expect, it } from 'vitest';
import { heroThumbnail, searchDocument, withHeroImageMeta, withPunctuatedBlocks, withTitleMeta } from '../../../src/lib/search/html';

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

describe('withPunctuatedBlocks', () => {
  it('ends labels and blocks with a stop, so a label does not run into what follows', () => {
    const header =
      '<header><a class="eyebrow" href="/c/">Gương sáng</a><h1>Vì sao chúng tôi kể</h1>' +
      '<p class="sample-note"><span class="sample-badge">Nội dung minh họa</span> Tên mô hình theo báo cáo</p></header>';
    expect(withPunctuatedBlocks(header)).toBe(
      '<header><a class="eyebrow" href="/c/">Gương sáng.</a><h1>Vì sao chúng tôi kể.</h1>' +
        '<p class="sample-note"><span class="sample-badge">Nội dung minh họa.</span> Tên mô hình theo báo cáo.</p></header>',
    );
  });

  it('ends a term with ":" and its description with "."', () => {
    expect(withPunctuatedBlocks('<dl><dt>Loại</dt><dd>Cá nhân</dd><dt>Địa bàn</dt> <dd><a href="/x/">Đăk Hà</a> </dd></dl>')).toBe(
      '<dl><dt>Loại:</dt><dd>Cá nhân.</dd><dt>Địa bàn:</dt> <dd><a href="/x/">Đăk Hà</a>. </dd></dl>',
    );
  });

  it('leaves blocks that end with punctuation or hold no text as they are', () => {
    const done = '<p>Xong.</p><p>Hỏi gì? </p><li><a href="/">Xem…</a></li><p><span class="muted">Thẻ:</span></p><td></td><td>–</td>';
    expect(withPunctuatedBlocks(done)).toBe(done);
  });

  it('ends table cells, captions and closing quotes', () => {
    expect(
      withPunctuatedBlocks('<caption>Bảng số liệu: Khen thưởng</caption><th>Cấp tỉnh</th><td>96 tập thể</td><p>“Tết trồng cây”</p>'),
    ).toBe('<caption>Bảng số liệu: Khen thưởng.</caption><th>Cấp tỉnh.</th><td>96 tập thể.</td><p>“Tết trồng cây”.</p>');
  });
});

describe('withTitleMeta', () => {
  it('names the first h1 as the title, without its inner tags, before a stop can be added to it', () => {
    const html = '<body><h1>Bài báo <em>“Dân vận”</em> "X.Y.Z."</h1><h1>Khác</h1></body>';
    expect(withTitleMeta(html)).toContain('<span hidden data-pagefind-meta="title:Bài báo “Dân vận” &quot;X.Y.Z.&quot;"></span></body>');
    expect(withTitleMeta(withPunctuatedBlocks('<body><h1>Tựa</h1></body>'))).toContain('<h1>Tựa.</h1>');
  });

  it('leaves pages that name their own title, or have no h1, as they are', () => {
    const own = '<body><h1>A</h1><span data-pagefind-meta="title:B"></span></body>';
    expect(withTitleMeta(own)).toBe(own);
    expect(withTitleMeta('<body><p>x</p></body>')).toBe('<body><p>x</p></body>');
  });
});
