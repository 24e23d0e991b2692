import { describe, expect, it } from 'vitest';
import { checkMdxBody } from '../../../src/lib/content-check/mdx-body';

const messages = (body: string) => checkMdxBody(body).problems.map((problem) => problem.message);

describe('checkMdxBody', () => {
  it('accepts text, Markdown and the blocks with literal attributes', () => {
    const body = [
      'Đoạn **đậm**, [liên kết](https://example.vn/a), [trang trong](/bai-viet/a/) và [thư](mailto:a@b.vn).',
      '',
      '<Quote source="Hồ Chí Minh Toàn tập, tập 11, tr. 528" speaker="Bác">',
      'Vì lợi ích mười năm thì phải trồng cây.',
      '</Quote>',
      '',
      '<Timeline>',
      '  <Event when="15/5/2016">Ban hành Chỉ thị.</Event>',
      '</Timeline>',
      '',
      '<Stats>',
      '  <Stat value="659" label="mô hình" />',
      '</Stats>',
      '',
      'Dấu nhỏ hơn: 3 < 5, và dấu ngoặc nhọn viết \\{ như thế \\}.',
    ].join('\n');
    expect(checkMdxBody(body)).toEqual({ problems: [], images: [] });
  });

  it('refuses an expression that reads the environment, naming its line', () => {
    expect(messages('Dòng một.\n\nNhà: {process.env.HOME}')).toEqual([
      expect.stringMatching(/^Dòng 3 \(«\{process\.env\.HOME\}»\): phần trong dấu ngoặc nhọn/),
    ]);
    expect(messages('{globalThis.process?.env?.PATH}')).toHaveLength(1);
  });

  it('refuses import and export lines', () => {
    expect(messages('import fs from "node:fs"\n\nChữ.')).toEqual([
      expect.stringMatching(/^Dòng 1 \(«import fs from "node:fs"»\): .*"import" hoặc "export"/),
    ]);
    expect(messages('Chữ.\n\nexport const a = process.env')).toEqual([expect.stringMatching(/^Dòng 3 /)]);
  });

  it('refuses HTML tags such as script, style and iframe, and fragments', () => {
    for (const tag of [
      '<script>alert(1)</script>',
      '<style>{`a{}`}</style>',
      '<iframe src="https://x.vn" />',
      '<img src="x" onerror="alert(1)" />',
      '<>x</>',
    ]) {
      expect(messages(tag), tag).toEqual([expect.stringMatching(/thẻ <\w*> không dùng được/)]);
    }
  });

  it('refuses event handlers, expression attributes and spreads on a block', () => {
    expect(messages('<Quote source="a" onClick="alert(1)">x</Quote>')).toEqual([expect.stringContaining('không có thuộc tính "onClick"')]);
    expect(messages('<Quote source={process.env.HOME}>x</Quote>')).toEqual([expect.stringContaining('phải là chữ trong dấu ngoặc kép')]);
    expect(messages('<Quote source="a" {...props}>x</Quote>')).toEqual([expect.stringContaining('không nhận mã chương trình')]);
  });

  it('refuses javascript: links and definitions', () => {
    expect(messages('[bấm](javascript:alert(1))')).toEqual([expect.stringContaining('liên kết "javascript:alert(1)"')]);
    expect(messages('[a]\n\n[a]: javascript:alert(1)')).toHaveLength(1);
    expect(messages('[a](//evil.example/x)')).toHaveLength(1);
  });

  it('names an unknown block, a missing attribute and a block outside its parent', () => {
    expect(messages('<Qoute source="x">Lời Bác</Qoute>')).toEqual([expect.stringContaining('không có thành phần <Qoute>')]);
    expect(messages('<Quote>Lời Bác</Quote>')).toEqual([expect.stringContaining('<Quote> thiếu thuộc tính source')]);
    expect(messages('<Event when="1946">x</Event>')).toEqual([expect.stringContaining('<Event> phải nằm ngay trong một khối <Timeline>')]);
  });

  it('tells a syntax error in Vietnamese with its line', () => {
    expect(messages('Đoạn.\n\nNội dung <Quote source="x">chưa đóng thẻ.')).toEqual([
      expect.stringMatching(/^Dòng 3: khối <Quote> chưa được đóng/),
    ]);
    expect(messages('giá {khoảng')).toEqual([expect.stringMatching(/^Dòng 1: dấu ngoặc nhọn \{ mở đầu một đoạn mã chương trình/)]);
  });

  it('lists relative images for the caller to find, and refuses others', () => {
    const findings = checkMdxBody(
      '<Figure caption="Lớp học">\n\n![Lớp học](./anh/lop.jpg)\n\n</Figure>\n\n![x](/anh/x.jpg)\n\n![y](https://x.vn/y.jpg)',
    );
    expect(findings.images).toEqual([{ line: 3, path: './anh/lop.jpg' }]);
    expect(findings.problems.map((problem) => problem.line)).toEqual([7, 9]);
  });
});
