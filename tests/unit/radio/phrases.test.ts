import { describe, expect, it } from 'vitest';
import {
  capitalize,
  closingLine,
  continueSentence,
  inQuotes,
  endSentence,
  headingLine,
  isBac,
  openingLine,
  orderedItemLead,
  quotation,
  sampleKindLabel,
  sampleOpeningLine,
  tableLead,
  weekSpan,
} from '../../../src/lib/radio/phrases';

describe('phrases', () => {
  it.each([
    ['Chủ tịch Hồ Chí Minh', true],
    ['Bác Hồ', true],
    ['Bác', true],
    ['Hồ Chí Minh', true],
    ['Tổng Bí thư Lê Duẩn', false],
    ['Bác sĩ Phạm Ngọc Thạch', false],
  ])('isBac(%j) is %s', (speaker, expected) => {
    expect(isBac(speaker)).toBe(expected);
  });

  it.each([
    ['Học đi đôi với hành', 'Chủ tịch Hồ Chí Minh', 'Di chúc', 'Bác Hồ từng dạy: “Học đi đôi với hành”. Trích: Di chúc.'],
    ['Không có gì quý hơn độc lập, tự do!', 'Bác Hồ', undefined, 'Bác Hồ từng dạy: “Không có gì quý hơn độc lập, tự do!”'],
    ['Đoàn kết', 'Tổng Bí thư Lê Duẩn', undefined, 'Xin trích lời Tổng Bí thư Lê Duẩn: “Đoàn kết”.'],
    ['Học đi đôi với hành.', undefined, 'Ca dao', 'Xin trích: “Học đi đôi với hành.” Trích: Ca dao.'],
  ])('quotation(%j, %j, %j)', (text, speaker, source, expected) => {
    expect(quotation(text, speaker, source)).toBe(expected);
  });

  it.each([
    ['Các mốc chính', 2, 'Phần tiếp theo: Các mốc chính.'],
    ['Vì sao?', 2, 'Phần tiếp theo: Vì sao?'],
    ['Ở thôn Kon Rơ Wang', 3, 'Ở thôn Kon Rơ Wang.'],
  ])('headingLine(%j, %i)', (heading, level, expected) => {
    expect(headingLine(heading, level)).toBe(expected);
  });

  it.each([
    ['Heo đất', '“Heo đất”'],
    ['“Heo đất nuôi chữ” ở vùng biên', '“‘Heo đất nuôi chữ’ ở vùng biên”'],
    ['Bài "Dân vận" của Bác', '“Bài ‘Dân vận’ của Bác”'],
  ])('inQuotes(%j) → %s', (text, expected) => {
    expect(inQuotes(text)).toBe(expected);
  });

  it('never doubles quotation marks around a quoted title or quotation', () => {
    expect(closingLine('Bài viết', '“Heo đất” ở vùng biên', 'Nguồn')).toContain('bài viết “‘Heo đất’ ở vùng biên”.');
    expect(quotation('Bác nói “Ngày mai” là ngày vui', undefined, undefined)).toBe('Xin trích: “Bác nói ‘Ngày mai’ là ngày vui”.');
  });

  it('reads a heading that opens the piece as a plain lead: no part comes before it', () => {
    expect(headingLine('Một đại hội giữa núi rừng', 2, true)).toBe('Một đại hội giữa núi rừng.');
  });

  it.each([
    ['Có lợi cho dân', 'có lợi cho dân'],
    ['Nêu tên từng người', 'nêu tên từng người'],
    ['Yêu Tổ quốc, yêu đồng bào', 'yêu Tổ quốc, yêu đồng bào'],
    ['Theo Bác', 'theo Bác'],
    ['Bác dặn', 'Bác dặn'],
    ['Bác Hồ dặn', 'Bác Hồ dặn'],
    ['Người dạy', 'Người dạy'],
    ['Đảng ta', 'Đảng ta'],
    ['Tổ quốc là trên hết', 'Tổ quốc là trên hết'],
    ['Chính phủ giao', 'Chính phủ giao'],
    ['Kon Tum có', 'Kon Tum có'],
    ['Hà Nội, mùa thu', 'Hà Nội, mùa thu'],
    ['A Phênh dạy', 'A Phênh dạy'],
    ['UBND xã', 'UBND xã'],
    ['Đảngviên', 'đảngviên'],
    ['Tết trồng cây', 'Tết trồng cây'],
    ['“Cần” là', '“Cần” là'],
    ['15 hộ', '15 hộ'],
    ['', ''],
  ])('continueSentence(%j) → %j', (text, expected) => {
    expect(continueSentence(text)).toBe(expected);
  });

  it('leads ordered items the way Party documents are read', () => {
    expect([1, 2, 11].map(orderedItemLead)).toEqual(['Một là,', 'Hai là,', 'Mười một là,']);
  });

  it('builds the opening and closing lines', () => {
    expect(openingLine('Bài viết')).toBe('Kính thưa quý vị và bà con! Mời quý vị và bà con cùng nghe bài viết sau đây.');
    expect(openingLine('UBND xã thông báo')).toContain('nghe UBND xã thông báo');
    expect(closingLine('Câu chuyện về Bác', 'Bác Hồ với Tây Nguyên', 'Trang Làm theo Bác')).toBe(
      'Quý vị và bà con vừa nghe câu chuyện về Bác “Bác Hồ với Tây Nguyên”. Nguồn: Trang Làm theo Bác. Xin cảm ơn quý vị và bà con đã lắng nghe.',
    );
    expect(tableLead('Kết quả')).toBe('Số liệu trong bảng: Kết quả.');
  });

  it('opens and names a made-up item as illustration, so listeners hear it before the story', () => {
    const kind = sampleKindLabel('Tấm gương bình dị');
    expect(kind).toBe('Tấm gương bình dị minh họa');
    expect(sampleOpeningLine(kind)).toBe(
      'Kính thưa quý vị và bà con! Mời quý vị và bà con cùng nghe tấm gương bình dị minh họa sau đây. Xin lưu ý: đây là nội dung minh họa, các chi tiết được biên soạn để giới thiệu cách làm, không phải người thật, việc thật.',
    );
    expect(closingLine(kind, 'Chị Y Ngân', 'Làm theo Bác, trang mẫu, chưa có cơ quan chủ quản')).toBe(
      'Quý vị và bà con vừa nghe tấm gương bình dị minh họa “Chị Y Ngân”. Nguồn: Làm theo Bác, trang mẫu, chưa có cơ quan chủ quản. Xin cảm ơn quý vị và bà con đã lắng nghe.',
    );
  });

  it.each([
    ['Xong', 'Xong.'],
    ['Xong.', 'Xong.'],
    ['Thật sao?', 'Thật sao?'],
    ['như sau:', 'như sau:'],
    ['“Đúng.”', '“Đúng.”'],
    ['  ', ''],
  ])('endSentence(%j) → %j', (text, expected) => {
    expect(endSentence(text)).toBe(expected);
  });

  it('capitalises the first letter', () => {
    expect(capitalize('ngày mùng hai')).toBe('Ngày mùng hai');
    expect(capitalize('đảng')).toBe('Đảng');
  });
});

describe('weekSpan', () => {
  const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

  it.each([
    [day(2026, 4, 13), day(2026, 4, 19), 'từ ngày mười ba đến ngày mười chín tháng tư năm hai nghìn không trăm hai mươi sáu'],
    [
      day(2026, 6, 29),
      day(2026, 7, 5),
      'từ ngày hai mươi chín tháng sáu đến ngày mùng năm tháng bảy năm hai nghìn không trăm hai mươi sáu',
    ],
    [
      day(2025, 12, 29),
      day(2026, 1, 4),
      'từ ngày hai mươi chín tháng mười hai năm hai nghìn không trăm hai mươi lăm đến ngày mùng bốn tháng một năm hai nghìn không trăm hai mươi sáu',
    ],
  ])('reads %s to %s', (start, end, expected) => {
    expect(weekSpan(start, end)).toBe(expected);
  });
});
