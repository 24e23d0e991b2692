import { describe, expect, it } from 'vitest';
import { readDocumentCodes } from '../../../src/lib/radio/document-codes';

describe('readDocumentCodes', () => {
  it.each([
    ['Chỉ thị 05-CT/TW', 'Chỉ thị không năm của TW'],
    ['Chỉ thị số 05-CT/TW', 'Chỉ thị số không năm của TW'],
    ['Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị', 'Chỉ thị số không năm ngày 15/5/2016 của Bộ Chính trị'],
    ['Chỉ thị 05-CT/TW của Bộ Chính trị', 'Chỉ thị không năm của Bộ Chính trị'],
    ['theo 05-CT/TW,', 'theo Chỉ thị không năm của TW,'],
    ['Nghị quyết số 35-NQ/TW', 'Nghị quyết số ba mươi lăm của TW'],
    ['Kết luận 01-KL/TW', 'Kết luận không một của TW'],
    ['Quy định 08-QĐi/TW', 'Quy định không tám của TW'],
    ['Quy định 101-QĐ/TW', 'Quy định một trăm linh một của TW'],
    ['Nghị định 15/2020/NĐ-CP', 'Nghị định mười lăm năm hai nghìn không trăm hai mươi của CP'],
    ['Quyết định số 1234/QĐ-TTg', 'Quyết định số một nghìn hai trăm ba mươi tư của TTg'],
    ['Quyết định số 123/QĐ-UBND', 'Quyết định số một trăm hai mươi ba của UBND'],
    ['Công văn số 456/UBND-VX', 'Công văn số bốn trăm năm mươi sáu của UBND'],
    ['Luật số 15/2012/QH13', 'Luật số mười lăm năm hai nghìn không trăm mười hai của QH khóa 13'],
    ['Hướng dẫn 36-HD/VPTW', 'Hướng dẫn ba mươi sáu của VPTW'],
    ['Chỉ thị 05-CT/T.Ư', 'Chỉ thị không năm của T.Ư'],
    ['Chỉ thị 05 của Bộ Chính trị', 'Chỉ thị không năm của Bộ Chính trị'],
    ['theo Kết luận số 01, ', 'theo Kết luận số không một, '],
    ['Nghị quyết 05/2020', 'Nghị quyết không năm năm hai nghìn không trăm hai mươi'],
    ['Thực hiện Công văn 3398-CV/BTGTU,', 'Thực hiện Công văn ba nghìn ba trăm chín mươi tám của BTGTU,'],
    ['theo 15-CV/TU', 'theo Công văn mười lăm của TU'],
    ['Kế hoạch số 128-KH/TU ngày 12/6/2023', 'Kế hoạch số một trăm hai mươi tám của TU ngày 12/6/2023'],
    ['Nghị quyết 15-NQ/HU của Huyện ủy', 'Nghị quyết mười lăm của Huyện ủy'],
  ])('%s → %s', (written, spoken) => {
    expect(readDocumentCodes(written)).toBe(spoken);
  });

  it.each(['Chỉ thị 5', 'nhà số 05', 'ngày 19/5/1890', 'COVID-19', '2016-2020', '80 km/h', 'xã/phường', '3-4 nội dung', 'F0-F1'])(
    'leaves %j alone',
    (written) => {
      expect(readDocumentCodes(written)).toBe(written);
    },
  );
});
