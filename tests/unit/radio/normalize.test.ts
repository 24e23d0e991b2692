import { describe, expect, it } from 'vitest';
import { createDictionary } from '../../../src/lib/radio/abbreviations';
import { toSpoken } from '../../../src/lib/radio/normalize';

const dictionary = createDictionary({
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  MTTQ: 'Mặt trận Tổ quốc',
  TW: 'Trung ương',
  'CT/TW': 'Chỉ thị Trung ương',
  CP: 'Chính phủ',
  QH: 'Quốc hội',
  'TP.': 'Thành phố',
  HCM: 'Hồ Chí Minh',
  NXB: 'Nhà xuất bản',
  'tr.': 'trang',
  'KT-XH': 'kinh tế - xã hội',
});
const spoken = (text: string, keep: string[] = []) => toSpoken(text, { dictionary, keep }).text;

describe('toSpoken', () => {
  it.each([
    ['Ngày 19/5/1890, Bác sinh ra.', 'Ngày mười chín tháng năm năm một nghìn tám trăm chín mươi, Bác sinh ra.'],
    ['Chỉ thị 05-CT/TW', 'Chỉ thị không năm của Trung ương'],
    [
      'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
      'Chỉ thị số không năm ngày mười lăm tháng năm năm hai nghìn không trăm mười sáu của Bộ Chính trị',
    ],
    ['Nghị định 15/2020/NĐ-CP', 'Nghị định mười lăm năm hai nghìn không trăm hai mươi của Chính phủ'],
    ['Luật số 15/2012/QH13', 'Luật số mười lăm năm hai nghìn không trăm mười hai của Quốc hội khóa mười ba'],
    ['giai đoạn 2016-2020', 'giai đoạn hai nghìn không trăm mười sáu đến hai nghìn không trăm hai mươi'],
    ['giai đoạn 2016–2020', 'giai đoạn hai nghìn không trăm mười sáu đến hai nghìn không trăm hai mươi'],
    ['3-4 nội dung', 'ba đến bốn nội dung'],
    ['đạt 50%', 'đạt năm mươi phần trăm'],
    ['tăng 12,5%', 'tăng mười hai phẩy năm phần trăm'],
    ['từ 50-60%', 'từ năm mươi đến sáu mươi phần trăm'],
    ['1,5 tỷ đồng', 'một phẩy năm tỷ đồng'],
    ['120 ha', 'một trăm hai mươi héc-ta'],
    ['1.500 m²', 'một nghìn năm trăm mét vuông'],
    ['80 km/h', 'tám mươi ki-lô-mét mỗi giờ'],
    ['50.000đ/kg', 'năm mươi nghìn đồng mỗi ki-lô-gam'],
    ['thứ 2', 'thứ hai'],
    ['Thứ 4 tuần sau', 'Thứ tư tuần sau'],
    ['giải hạng 1', 'giải hạng nhất'],
    ['ngày 2-9', 'ngày mùng hai tháng chín'],
    ['tháng 4/1946', 'tháng tư năm một nghìn chín trăm bốn mươi sáu'],
    ['lúc 9h30', 'lúc chín giờ ba mươi phút'],
    ['khóa XII', 'khóa mười hai'],
    ['Đại hội XIII của Đảng', 'Đại hội mười ba của Đảng'],
    ['thế kỷ XX', 'thế kỷ hai mươi'],
    ['Nghị quyết Trung ương 4 (khóa XII)', 'Nghị quyết Trung ương bốn (khóa mười hai)'],
    ['Liên hệ 0912 345 678.', 'Liên hệ không chín một hai, ba bốn năm, sáu bảy tám.'],
    ['TP. Kon Tum và TP.HCM', 'Thành phố Kon Tum và Thành phố Hồ Chí Minh'],
    ['phát triển KT-XH', 'phát triển kinh tế, xã hội'],
    ['2/3 số đại biểu', 'hai phần ba số đại biểu'],
    ['100% xã/phường', 'một trăm phần trăm xã, phường'],
    ['nhiệt độ -2°C', 'nhiệt độ âm hai độ C'],
    ['Cách mạng công nghiệp 4.0', 'Cách mạng công nghiệp bốn chấm không'],
    ['tập 1, NXB Chính trị quốc gia, tr. 284', 'tập một, Nhà xuất bản Chính trị quốc gia, trang hai trăm tám mươi tư'],
    ['năm 1890', 'năm một nghìn tám trăm chín mươi'],
    ['Đảng & Nhà nước', 'Đảng và Nhà nước'],
  ])('%s → %s', (written, expected) => {
    expect(spoken(written)).toBe(expected);
  });

  it('NFC-normalises decomposed input before matching', () => {
    expect(spoken('khóa XII'.normalize('NFD'))).toBe('khóa mười hai');
  });

  it('reports unknown abbreviations and leaves them in the text', () => {
    const result = toSpoken('BQLDA và UBND họp với BQLDA, MC dẫn chương trình.', { dictionary });
    expect(result.text).toBe('BQLDA và Ủy ban nhân dân họp với BQLDA, MC dẫn chương trình.');
    expect(result.unknownAbbreviations).toEqual([
      { token: 'BQLDA', count: 2 },
      { token: 'MC', count: 1 },
    ]);
  });

  it('does not report Roman numerals in context, but reports one standing alone', () => {
    expect(toSpoken('khóa XII', { dictionary }).unknownAbbreviations).toEqual([]);
    expect(toSpoken('mục XII', { dictionary }).unknownAbbreviations).toEqual([{ token: 'XII', count: 1 }]);
  });

  it('leaves kept tokens as written, digits included, and does not report them', () => {
    const result = toSpoken('ASEAN, COVID-19 và chuẩn G7 năm 2020', { dictionary, keep: ['ASEAN', 'COVID-19', 'G7'] });
    expect(result.text).toBe('ASEAN, COVID-19 và chuẩn G7 năm hai nghìn không trăm hai mươi');
    expect(result.unknownAbbreviations).toEqual([]);
  });

  it('reads a kept word followed by a number', () => {
    expect(spoken('COVID-19', ['COVID'])).toBe('COVID mười chín');
  });

  it('applies per-item overrides merged over the dictionary', () => {
    const merged = new Map([...dictionary, ['UBND', 'Ủy ban'], ['BQLDA', 'Ban Quản lý dự án']]);
    const result = toSpoken('BQLDA và UBND', { dictionary: merged });
    expect(result.text).toBe('Ban Quản lý dự án và Ủy ban');
    expect(result.unknownAbbreviations).toEqual([]);
  });
});

describe('toSpoken leaves no Arabic digit', () => {
  const paragraphs = [
    'Trên địa bàn tỉnh đã diễn ra 6 hội nghị trực tuyến với 75 điểm cầu, thu hút 10.930 lượt cán bộ, đảng viên tham dự.',
    'Ở các địa phương, hơn 3.780 hội nghị đã được tổ chức với 173.600 lượt người tham dự.',
    'Trong giai đoạn 2016–2020, 3 tập thể và 7 cá nhân được tặng Bằng khen; cấp huyện khen thưởng 572 tập thể và 1.266 cá nhân.',
    'Các số liệu trên là của tỉnh Kon Tum trước ngày 1/7/2025, khi tỉnh chưa hợp nhất.',
    'Quy định 101-QĐ/TW ngày 7/6/2012 của Ban Bí thư; Quy định 08-QĐi/TW ngày 25/10/2018.',
    'Hồ Chí Minh Toàn tập, tập 4, NXB Chính trị quốc gia Sự thật, 2011, tr. 249.',
    'Diện tích tự nhiên 9.674,18 km², dân số khoảng 540.000 người, mật độ 56 người/km².',
    'Giá cà phê 45.500đ/kg, tăng 2,3% so với quý II/2023; thu nhập bình quân 42,5 triệu đồng/người/năm.',
    'Hội nghị bắt đầu lúc 7h30, kết thúc lúc 11h; buổi chiều từ 13 giờ 30 đến 16:45.',
    'Đường dây nóng 113, số điện thoại 0260.3862.123 hoặc 0912 345 678.',
    'Nhiệt độ từ -2°C đến 30oC; lượng mưa 1.200-1.500 mm/năm.',
    'Có 2/3 số đại biểu tán thành, 15/20 xã đạt chuẩn, 100% thôn có điện.',
    'Thứ 2, ngày 19-20/5/2024, Đại hội lần thứ XV; kỳ họp thứ 7 HĐND tỉnh khóa XII.',
    'COVID-19 làm 1.050.000 người mất việc; 3-4 tháng sau, 1.005 doanh nghiệp hoạt động lại.',
    'Nghị định số 15/2020/NĐ-CP, Luật số 15/2012/QH13, Công văn 456/UBND-VX, Quyết định 1234/QĐ-TTg.',
    'Năm 1945, ngày 2/9, Quốc khánh 2-9; (19/5/1890 - 2/9/1969); 30/4-1/5.',
    'Sản lượng 12,05 tấn/ha, 0,5 ha, 1.000.000.000 đồng, 21 hộ, 24 người, 25 em, 101 tuổi, 105 km.',
    'Tỷ lệ 1:50.000; phiên bản 4.0; mã 5G; đội U23; F0, F1 và F2.',
    'Tham khảo https://lamtheobac.vn/2024/05/19/ hoặc gửi thư tới hop-thu-2024@kontum.gov.vn.',
    'Điểm 9,5/10; tỷ số 3-2; 1/2 số hộ; 12/12 chỉ tiêu; 32/13/2020 không phải ngày.',
    'Hạng 1, hạng 2; thứ 1; thứ 14; thứ 24; số 05, số 0.',
    '+84 912 345 678; 18+; 50 %; 3,5%; ~500 người; 2 + 2 = 4.',
    'Năm 2024 có 365 ngày, 52 tuần, 12 tháng; mười nghìn = 10.000.',
    'Mùng 3 Tết, tháng 1 năm 2025, tháng 13 không có, ngày 31/4 không có.',
    'Số 12345678901234567890 và -0,001 và 007.',
    'TP.HCM, 3km, 15m, 20m2, 30m3, 40cm, 50mm, 60kg, 70kW, 80kWh, 90MW, 100USD, 110VND.',
  ];
  const seed = (index: number) => (index * 2654435761) % 1_000_003;
  const generated = Array.from({ length: 300 }, (_, index) => {
    const n = seed(index + 1);
    const templates = [
      `có ${n.toLocaleString('de-DE')} người`,
      `đạt ${n % 100},${n % 97}% kế hoạch`,
      `ngày ${(n % 31) + 1}/${(n % 12) + 1}/${1900 + (n % 130)}`,
      `từ ${n % 50}-${(n % 50) + 5} hộ`,
      `lúc ${n % 24}h${String(n % 60).padStart(2, '0')}`,
      `văn bản ${n % 200}-CT/TW và ${n}/QĐ-UBND`,
      `khóa ${['I', 'IV', 'IX', 'XII', 'XIII', 'XV'][n % 6]} với ${n % 1000} đại biểu`,
      `${n % 10}/${(n % 13) + 1} xã, ${n} m2, ${n % 90} km/h`,
      `gọi 0${String(n).padStart(9, '7')}`,
      `thứ ${n % 30} trong ${n} thí sinh, -${n % 40}°C`,
    ];
    return templates[index % templates.length] ?? '';
  });

  it.each([...paragraphs, ...generated].map((paragraph) => [paragraph]))('%s', (paragraph) => {
    const result = toSpoken(paragraph, { dictionary, keep: ['ASEAN'] });
    expect(result.text).not.toMatch(/[0-9]/u);
  });
});

describe('toSpoken on text without digits or addresses', () => {
  it('still reads Roman numerals, abbreviations and symbols', () => {
    expect(spoken('Đại hội XIII & khóa XII của UBND')).toBe('Đại hội mười ba và khóa mười hai của Ủy ban nhân dân');
  });

  it('reads addresses written in capitals', () => {
    expect(spoken('Xem WWW.KONTUM.GOV.VN')).toBe('Xem KONTUM chấm GOV chấm VN');
  });
});
