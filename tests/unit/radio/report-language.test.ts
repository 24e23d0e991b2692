/**
 * Report language read aloud with the site's own dictionary (content/radio/): sentences written
 * for these tests in the style of provincial reports, exemplar profiles and citations, each
 * class the normaliser used to leave as written or misread.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createDictionary, type AbbreviationEntry } from '../../../src/lib/radio/abbreviations';
import { toSpoken } from '../../../src/lib/radio/normalize';

const dictionary = createDictionary(parse(readFileSync('content/radio/viet-tat.yaml', 'utf8')) as AbbreviationEntry[]);
const keep = (parse(readFileSync('content/radio/giu-nguyen.yaml', 'utf8')) as { id: string }[]).map((entry) => entry.id);
const read = (text: string) => toSpoken(text, { dictionary, keep });

describe('report language read aloud', () => {
  it.each([
    // Abbreviations of provincial reports.
    [
      'ĐBDTTS chiếm 53% dân số; 3 TDP và 5 KDC đạt chuẩn.',
      'Đồng bào dân tộc thiểu số chiếm năm mươi ba phần trăm dân số; ba tổ dân phố và năm khu dân cư đạt chuẩn.',
    ],
    [
      'BCS đảng UBND tỉnh chỉ đạo các TCCSĐ rà soát TTHC.',
      'Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo các tổ chức cơ sở đảng rà soát thủ tục hành chính.',
    ],
    // Personal details in profiles and lists of awards.
    [
      'Đ/c Nguyễn Văn A, UVBTV Tỉnh ủy, PBT Thường trực Huyện ủy.',
      'Đồng chí Nguyễn Văn A, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Bí thư Thường trực Huyện ủy.',
    ],
    [
      'Bà Y B (SN 1972), NGƯT, ThS. Quản lý giáo dục, PCT UBND xã.',
      'Bà Y B (sinh năm một nghìn chín trăm bảy mươi hai), Nhà giáo ưu tú, Thạc sĩ Quản lý giáo dục, Phó Chủ tịch Ủy ban nhân dân xã.',
    ],
    // The issuing body of a Party document's code.
    [
      'Thực hiện Kế hoạch số 128-KH/TU và Công văn 3398-CV/BTGTU, Đảng ủy xã ra Nghị quyết 45-NQ/ĐU.',
      'Thực hiện Kế hoạch số một trăm hai mươi tám của Tỉnh ủy và Công văn ba nghìn ba trăm chín mươi tám của Ban Tuyên giáo Tỉnh ủy, Đảng ủy xã ra Nghị quyết bốn mươi lăm của Đảng ủy.',
    ],
    ['theo Hướng dẫn 12-HD/BTGTW', 'theo Hướng dẫn mười hai của Ban Tuyên giáo Trung ương'],
    // Citation shorthand for volume and page.
    [
      'Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, H., 2011, t.12, tr.236.',
      'Hồ Chí Minh: Toàn tập, Nhà xuất bản Chính trị quốc gia, Hà Nội, hai nghìn không trăm mười một, tập mười hai, trang hai trăm ba mươi sáu.',
    ],
    ['Sđd, t.4, tr. 249-250.', 'Sách đã dẫn, tập bốn, trang hai trăm bốn mươi chín đến hai trăm năm mươi.'],
    // A count after a time word is a count, not a month.
    ['Chi bộ sinh hoạt mỗi tháng 4 buổi, hằng tháng 1 lần báo cáo.', 'Chi bộ sinh hoạt mỗi tháng bốn buổi, hằng tháng một lần báo cáo.'],
    ['Tháng 4 năm 2016, tỉnh triển khai.', 'Tháng tư năm hai nghìn không trăm mười sáu, tỉnh triển khai.'],
  ])('%s', (written, spoken) => {
    const result = read(written);
    expect(result.text).toBe(spoken);
    expect(result.unknownAbbreviations).toEqual([]);
  });
});
