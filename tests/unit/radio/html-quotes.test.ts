import { describe, expect, it } from 'vitest';
import { htmlToScript } from '../../../src/lib/radio/html-to-script';

const read = (html: string) => htmlToScript(html).paragraphs;

describe('quotations', () => {
  it('introduces a quote component of Bác with its source', () => {
    const html = `<figure class="quote" data-radio="quote" data-radio-speaker="Chủ tịch Hồ Chí Minh"
      data-radio-source="Hồ Chí Minh Toàn tập, tập 1, tr. 284"><blockquote>
      <p>Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền.</p></blockquote>
      <figcaption>— Chủ tịch Hồ Chí Minh, <cite>Hồ Chí Minh Toàn tập, tập 1, tr. 284</cite></figcaption></figure>`;
    expect(read(html)).toEqual([
      'Bác Hồ từng dạy: “Một tấm gương sống còn có giá trị hơn một trăm bài diễn văn tuyên truyền.” Trích: Hồ Chí Minh Toàn tập, tập 1, tr. 284.',
    ]);
  });

  it('defaults the speaker to Bác and takes the source from the caption’s cite', () => {
    const html = `<figure data-radio="quote"><blockquote><p>Đảng ta là một Đảng cầm quyền</p></blockquote>
      <figcaption>— <cite>Di chúc</cite></figcaption></figure>`;
    expect(read(html)).toEqual(['Bác Hồ từng dạy: “Đảng ta là một Đảng cầm quyền.” Trích: Di chúc.']);
  });

  it('joins a multi-paragraph quote and strips quotation marks the author typed', () => {
    const html = `<figure data-radio="quote" data-radio-source="Di chúc"><blockquote><p>“Đảng ta là một Đảng cầm quyền.</p><p>Mỗi đảng viên phải thật sự cần kiệm liêm chính.”</p></blockquote></figure>`;
    expect(read(html)).toEqual([
      'Bác Hồ từng dạy: “Đảng ta là một Đảng cầm quyền. Mỗi đảng viên phải thật sự cần kiệm liêm chính.” Trích: Di chúc.',
    ]);
  });

  it('goes on without a second lead when the text has just introduced the quotation', () => {
    const html = `<p>Rồi Bác viết:</p><figure data-radio="quote" data-radio-source="Thư gửi Đại hội"><blockquote><p>Tôi tuy xa, nhưng lòng tôi vẫn gần gũi đồng bào.</p></blockquote></figure><p>Sau đó.</p>`;
    expect(read(html)).toEqual(['Rồi Bác viết: “Tôi tuy xa, nhưng lòng tôi vẫn gần gũi đồng bào.” Trích: Thư gửi Đại hội.', 'Sau đó.']);
    expect(read('<p>Xin đọc lại:</p><blockquote><p>Cần, kiệm</p></blockquote>')).toEqual(['Xin đọc lại: “Cần, kiệm.”']);
  });

  it('cites a source once per item', () => {
    const quote = (words: string, source: string) =>
      `<figure data-radio="quote" data-radio-source="${source}"><blockquote><p>${words}</p></blockquote></figure>`;
    expect(read(`${quote('Một', 'Di chúc')}<p>Rồi:</p>${quote('Hai', 'Di chúc')}${quote('Ba', 'Thư')}${quote('Bốn', 'Di chúc')}`)).toEqual([
      'Bác Hồ từng dạy: “Một.” Trích: Di chúc.',
      'Rồi: “Hai.”',
      'Bác Hồ từng dạy: “Ba.” Trích: Thư.',
      'Bác Hồ từng dạy: “Bốn.”',
    ]);
  });

  it('names another speaker', () => {
    const html = `<figure data-radio="quote" data-radio-speaker="Đại tướng Võ Nguyên Giáp" data-radio-source="Hồi ký"><blockquote>Bác là người</blockquote><figcaption>Hồi ký</figcaption></figure>`;
    expect(read(html)).toEqual(['Xin trích lời Đại tướng Võ Nguyên Giáp: “Bác là người.” Trích: Hồi ký.']);
  });

  it('does not read the caption as part of a quote without a blockquote', () => {
    const html = `<figure data-radio="quote"><p>Cần, kiệm, liêm, chính</p><figcaption>— (Sửa đổi lối làm việc)</figcaption></figure>`;
    expect(read(html)).toEqual(['Bác Hồ từng dạy: “Cần, kiệm, liêm, chính.” Trích: Sửa đổi lối làm việc.']);
  });

  it('introduces a plain blockquote with "Xin trích" and its footer as source', () => {
    expect(read('<blockquote><p>Học đi đôi với hành.</p><footer>— Ca dao</footer></blockquote>')).toEqual([
      'Xin trích: “Học đi đôi với hành.” Trích: Ca dao.',
    ]);
  });

  it('reads a blockquote without source', () => {
    expect(read('<blockquote>Uống nước nhớ nguồn</blockquote>')).toEqual(['Xin trích: “Uống nước nhớ nguồn.”']);
  });

  it('reads a figure around a blockquote as a quotation with the caption as source', () => {
    expect(
      read('<figure><blockquote>Thi đua là yêu nước</blockquote><figcaption>Lời kêu gọi thi đua ái quốc</figcaption></figure>'),
    ).toEqual(['Xin trích: “Thi đua là yêu nước.” Trích: Lời kêu gọi thi đua ái quốc.']);
  });

  it('drops an empty quotation', () => {
    expect(read('<figure data-radio="quote"><blockquote> </blockquote></figure>')).toEqual([]);
  });
});
