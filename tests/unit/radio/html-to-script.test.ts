import { describe, expect, it } from 'vitest';
import { htmlToScript } from '../../../src/lib/radio/html-to-script';
import { newSharedReading } from '../../../src/lib/radio/html-collector';
import { ARTICLE_HTML } from './fixtures/article';

describe('htmlToScript', () => {
  it('reads a rendered article in order, leaving out pictures, buttons and footnotes', () => {
    expect(htmlToScript(ARTICLE_HTML).paragraphs).toEqual([
      'Ngày 15/5/2016, Bộ Chính trị ban hành Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.',
      '10.930 lượt cán bộ, đảng viên dự hội nghị trực tuyến.',
      'Hơn 3.780 hội nghị ở các địa phương, đơn vị.',
      'Phần tiếp theo: Học tập, quán triệt: đưa hội trường về tận cơ sở.',
      'Trong giai đoạn 2016–2020, 3 tập thể được tặng Bằng khen, theo tinh thần Nghị quyết Trung ương 4 (khóa XII).',
      'Bác Hồ từng dạy: “Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền.” Trích: Hồ Chí Minh Toàn tập, tập 1, tr. 284.',
      'Ở cơ sở.',
      'Nêu gương ở cơ sở trông như thế nào?',
      'Bí thư chi bộ thôn hiến đất khi thôn mở đường.',
      'Chủ tịch Ủy ban nhân dân xã tiếp dân đúng lịch.',
      'Phần tiếp theo: Các mốc chính.',
      '15/5/2016, Bộ Chính trị ban hành Chỉ thị 05-CT/TW.',
    ]);
  });

  it('collects <abbr title> explanations for the whole item', () => {
    expect(htmlToScript(ARTICLE_HTML).abbreviations).toEqual([{ id: 'UBND', spoken: 'Ủy ban nhân dân' }]);
  });

  it.each([
    ['<h1>Tiêu đề</h1><p>Nội dung</p>', ['Nội dung.']],
    ['<h4>Kết quả</h4>', ['Kết quả.']],
    ['<h2>Vì sao?</h2>', ['Vì sao?']],
    ['<p>Mở đầu</p><h2>Vì sao?</h2>', ['Mở đầu.', 'Phần tiếp theo: Vì sao?']],
    ['<h2>Một đại hội</h2><p>Năm ấy</p><h2>Lời thư</h2>', ['Một đại hội.', 'Năm ấy.', 'Phần tiếp theo: Lời thư.']],
    ['<h2> </h2>', []],
    ['Chữ rời <b>đậm</b><p>Đoạn</p>và đuôi', ['Chữ rời đậm.', 'Đoạn.', 'và đuôi.']],
    ['<div><div><p>Lồng sâu</p></div></div>', ['Lồng sâu.']],
    ['<p>Một</p><hr><p>Hai</p>', ['Một.', 'Hai.']],
    ['<div data-radio="stat">Chỉ có chữ</div>', ['Chỉ có chữ.']],
    ['<dl><dt>Họ tên</dt><dd>A Vin</dd></dl>', ['Họ tên.', 'A Vin.']],
    ['<p>Khóa <em>XII</em></p><script>alert(1)</script><style>p{}</style>', ['Khóa XII.']],
    ['<figure><table><tr><td>x</td></tr></table><figcaption>Bảng nhỏ</figcaption></figure>', ['x.', 'Bảng nhỏ.']],
    ['<p>Tách&nbsp;&nbsp;khoảng\n\n   trắng</p>', ['Tách khoảng trắng.']],
    ['', []],
  ])('%j → %j', (html, paragraphs) => {
    expect(htmlToScript(html).paragraphs).toEqual(paragraphs);
  });

  it('NFC-normalises decomposed text', () => {
    expect(htmlToScript('<p>Khóa</p>'.normalize('NFD')).paragraphs).toEqual(['Khóa.']);
  });
});

describe('htmlToScript in a programme (shared reading)', () => {
  const quote = (text: string, source: string) =>
    `<figure data-radio="quote" data-radio-source="${source}"><blockquote><p>${text}</p></blockquote></figure>`;

  it('reads no heading: the programme announces its parts', () => {
    const shared = newSharedReading();
    const { paragraphs } = htmlToScript('<h2>Đáp án</h2><p>Năm 1959.</p><h2>Một đề nghị giản dị</h2><p>Trồng cây.</p>', shared);
    expect(paragraphs).toEqual(['Năm 1959.', 'Trồng cây.']);
  });

  it('reads a quotation and its source once across the programme’s items', () => {
    const shared = newSharedReading();
    const first = htmlToScript(`<p>Đáp án.</p>${quote('Việc này tốn kém ít mà lợi ích rất nhiều.', 'Báo Nhân Dân')}`, shared);
    const second = htmlToScript(
      `<p>Kể chuyện.</p>${quote('Việc này tốn kém ít mà lợi ích rất nhiều.', 'Báo Nhân Dân')}<p>Bác nhắc:</p>${quote('Việc này tốn kém ít mà lợi ích rất nhiều.', 'Báo Nhân Dân')}`,
      shared,
    );
    const all = [...first.paragraphs, ...second.paragraphs].join(' ');
    expect(all.match(/tốn kém ít/gu)).toHaveLength(2);
    expect(all.match(/Trích: Báo Nhân Dân/gu)).toHaveLength(1);
    expect(second.paragraphs).toEqual(['Kể chuyện.', 'Bác nhắc: “Việc này tốn kém ít mà lợi ích rất nhiều.”']);
  });

  it('still reads an item alone with its headings and every standalone quotation', () => {
    const { paragraphs } = htmlToScript(`<p>Mở.</p><h2>Phần hai</h2>${quote('Câu.', 'Nguồn')}${quote('Câu.', 'Nguồn')}`);
    expect(paragraphs[1]).toBe('Phần tiếp theo: Phần hai.');
    expect(paragraphs.filter((paragraph) => paragraph.includes('Câu'))).toHaveLength(2);
  });
});
