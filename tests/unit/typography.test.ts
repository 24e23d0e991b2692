import { describe, expect, it } from 'vitest';
import { curlyQuotes, keepCodesWhole, keepNumbersWithUnits, typeset, UNBROKEN_CLASS } from '../../src/lib/typography';

describe('curlyQuotes', () => {
  it.each([
    ['lời dặn "trồng người" và', 'lời dặn “trồng người” và'],
    ['"Tết trồng cây" đăng báo', '“Tết trồng cây” đăng báo'],
    ['Bài «Dân vận», báo Sự thật', 'Bài “Dân vận”, báo Sự thật'],
    ['Bác nói: "Đoàn kết." Rồi', 'Bác nói: “Đoàn kết.” Rồi'],
    ['("trồng cây")', '(“trồng cây”)'],
    ['đã “cong” rồi', 'đã “cong” rồi'],
  ])('%s', (input, expected) => {
    expect(curlyQuotes(input)).toBe(expected);
  });
});

describe('keepCodesWhole', () => {
  const whole = (code: string) => `<span class="${UNBROKEN_CLASS}">${code}</span>`;

  it.each(['05-CT/TW', '01-KL/TW', '144-QĐ/TW', '1.029/QĐ-UBND', '128-KH/TU', '43-NQ/TW'])('keeps %s on one line', (code) => {
    expect(keepCodesWhole(`<p>Theo ${code}, tỉnh</p>`)).toBe(`<p>Theo ${whole(code)}, tỉnh</p>`);
  });

  it('leaves dates, year ranges, codes without a hyphen and words alone', () => {
    const text = '<p>Ngày 19/5/2016, nhiệm kỳ 2020-2025, Nghị quyết 202/2025/QH15, kinh tế - xã hội, COVID-19, H’Mông.</p>';
    expect(keepCodesWhole(text)).toBe(text);
  });

  it('touches text only: not attributes, scripts, styles, drawings, options or the title', () => {
    const html =
      '<a href="/the/05-ct-tw/" title="Chỉ thị 05-CT/TW">Chỉ thị 05-CT/TW</a><script>x("05-CT/TW")</script>' +
      '<style>a{}</style><svg><text>05-CT/TW</text></svg><select><option>05-CT/TW</option></select><title>05-CT/TW</title><br/><p>01-KL/TW</p>';
    expect(keepCodesWhole(html)).toBe(
      `<a href="/the/05-ct-tw/" title="Chỉ thị 05-CT/TW">Chỉ thị ${whole('05-CT/TW')}</a><script>x("05-CT/TW")</script>` +
        `<style>a{}</style><svg><text>05-CT/TW</text></svg><select><option>05-CT/TW</option></select><title>05-CT/TW</title><br/><p>${whole('01-KL/TW')}</p>`,
    );
  });
});

describe('keepNumbersWithUnits', () => {
  it('joins a number to its unit of time or syllables with a no-break space', () => {
    expect(keepNumbersWithUnits('<span>(khoảng 2 phút 10 giây)</span> 1.154 tiếng, 1 giờ')).toBe(
      '<span>(khoảng 2\u00a0phút 10\u00a0giây)</span> 1.154\u00a0tiếng, 1\u00a0giờ',
    );
  });

  it('leaves other words, attributes and scripts alone', () => {
    const html = '<a title="2 phút">năm 2 phút đầu</a><script>"3 giây"</script> 5 phúc, 4 giờ giấc';
    expect(keepNumbersWithUnits(html)).toBe('<a title="2 phút">năm 2\u00a0phút đầu</a><script>"3 giây"</script> 5 phúc, 4\u00a0giờ giấc');
  });
});

describe('typeset', () => {
  it('applies every rule', () => {
    expect(typeset('<p>Chỉ thị 05-CT/TW, đọc 3 phút</p>')).toBe(
      `<p>Chỉ thị <span class="${UNBROKEN_CLASS}">05-CT/TW</span>, đọc 3\u00a0phút</p>`,
    );
  });
});
