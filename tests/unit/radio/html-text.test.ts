import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { AbbreviationEntry } from '../../../src/lib/radio/abbreviations';
import { isSilent, readInline, squish, tagOf } from '../../../src/lib/radio/html-text';

const inline = (html: string) => {
  const found: AbbreviationEntry[] = [];
  return { text: squish(readInline(parse(html), found)), found };
};

describe('readInline', () => {
  it.each([
    ['<p>Xem <a href="/bai">bài viết</a> này</p>', 'Xem bài viết này'],
    ['<p>Đảng&nbsp;ta &amp; nhân dân &#8220;một lòng&#8221;</p>', 'Đảng ta & nhân dân “một lòng”'],
    ['<p>Bác<sup><a href="#fn-1" data-footnote-ref>1</a></sup> nói</p>', 'Bác nói'],
    ['<p>Bác<sup>[2]</sup> nói</p>', 'Bác nói'],
    ['<p>120 km<sup>2</sup> và 5 m<sup>3</sup></p>', '120 km² và 5 m³'],
    ['<p>dòng một<br>dòng hai</p>', 'dòng một dòng hai'],
    ['<p>nói <q>thật</q></p>', 'nói “thật”'],
    ['<p>giá <del>10</del> 8 nghìn</p>', 'giá 8 nghìn'],
    ['<p>Ảnh <img src="a.jpg" alt="Bác Hồ"> đẹp</p>', 'Ảnh đẹp'],
    ['<p>Chia sẻ <span data-radio="skip">Facebook Zalo</span> xong</p>', 'Chia sẻ xong'],
    ['<p><span aria-hidden="true">★</span>Tin</p>', 'Tin'],
    ['<li><time>1946</time><div>Tổng tuyển cử</div></li>', '1946 Tổng tuyển cử'],
    ['<p>ngày <time datetime="1890-05-19">19/5/1890</time>, Bác</p>', 'ngày 19/5/1890, Bác'],
  ])('%s → %j', (html, text) => {
    expect(inline(html).text).toBe(text);
  });

  it('reads <abbr title> as its title and records it', () => {
    const result = inline('<p>Chủ tịch <abbr title="Ủy ban nhân dân">UBND</abbr> xã</p>');
    expect(result.text).toBe('Chủ tịch Ủy ban nhân dân xã');
    expect(result.found).toEqual([{ id: 'UBND', spoken: 'Ủy ban nhân dân' }]);
  });

  it('reads an <abbr> without title as written', () => {
    expect(inline('<abbr>BQL</abbr>')).toEqual({ text: 'BQL', found: [] });
  });
});

describe('isSilent and tagOf', () => {
  it.each([
    ['<section data-footnotes><p>x</p></section>', true],
    ['<div class="footnotes">x</div>', true],
    ['<div data-radio="skip">x</div>', true],
    ['<nav>x</nav>', true],
    ['<p hidden>x</p>', true],
    ['<p>x</p>', false],
    ['<div data-radio="stat">x</div>', false],
  ])('%s silent: %s', (html, silent) => {
    expect(isSilent(parse(html).children[0]!)).toBe(silent);
  });

  it('lower-cases tag names', () => {
    expect(tagOf(parse('<DIV></DIV>').children[0]!)).toBe('div');
  });
});
