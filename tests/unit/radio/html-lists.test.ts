import { describe, expect, it } from 'vitest';
import { htmlToScript } from '../../../src/lib/radio/html-to-script';

const read = (html: string) => htmlToScript(html).paragraphs;

describe('lists', () => {
  it('reads unordered items one per paragraph', () => {
    expect(read('<ul><li>Hiến đất mở đường</li><li>Tiếp dân đúng lịch.</li></ul>')).toEqual(['Hiến đất mở đường.', 'Tiếp dân đúng lịch.']);
  });

  it('leads ordered items with "Một là, Hai là", the item going on in lower case', () => {
    expect(read('<ol><li>Nêu gương</li><li>Kỷ luật</li></ol>')).toEqual(['Một là, nêu gương.', 'Hai là, kỷ luật.']);
  });

  it('keeps the capital of a name or of Bác after the lead', () => {
    expect(read('<ol><li>Bác dặn</li><li>Kon Tum có</li><li>UBND xã</li><li>Yêu Tổ quốc</li></ol>')).toEqual([
      'Một là, Bác dặn.',
      'Hai là, Kon Tum có.',
      'Ba là, UBND xã.',
      'Bốn là, yêu Tổ quốc.',
    ]);
  });

  it('respects the start attribute', () => {
    expect(read('<ol start="3"><li>Ba</li></ol>')).toEqual(['Ba là, ba.']);
  });

  it('reads loose items with several paragraphs and nested lists', () => {
    expect(
      read('<ol><li><p>Học tập.</p><p>Làm theo.</p><ul><li>ở thôn</li></ul></li><li data-radio="skip">Bỏ</li><li>Kiểm tra</li></ol>'),
    ).toEqual(['Một là, học tập.', 'Làm theo.', 'ở thôn.', 'Hai là, kiểm tra.']);
  });
});

describe('timelines', () => {
  const timeline = `<ol class="timeline" data-radio="timeline">
    <li class="event"><time>1946</time><div class="event__body">Tổng tuyển cử đầu tiên</div></li>
    <li class="event"><time>7/11/2006</time><div class="event__body"><p>Bộ Chính trị ban hành Chỉ thị 06-CT/TW.</p></div></li>
    <li class="event"><time>Mùa xuân 1941</time> – Bác về nước</li>
    <li>Không có mốc thời gian</li>
    <li><time>2/9/1945</time></li>
    <li class="event"><span class="event__when" data-radio-when>1966–1968</span><div class="event__body">Bác sửa Di chúc.</div></li>
  </ol>`;

  it('reads one sentence per entry, led by the year, the time text or a span of years', () => {
    expect(read(timeline)).toEqual([
      'Năm 1946, Tổng tuyển cử đầu tiên.',
      '7/11/2006, Bộ Chính trị ban hành Chỉ thị 06-CT/TW.',
      'Mùa xuân 1941, Bác về nước.',
      'Không có mốc thời gian.',
      '2/9/1945.',
      '1966–1968, Bác sửa Di chúc.',
    ]);
  });
});
