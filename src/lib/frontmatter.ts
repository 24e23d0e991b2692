/**
 * Strict parsing of editors' YAML (MDX frontmatter and data files).
 * YAML 1.2's core schema keeps `2024-13-45` a string instead of rolling it over into a
 * wrong date, so the schema can reject it; syntax errors carry the line number.
 */
import { parse, YAMLParseError } from 'yaml';
import { ContentError } from './content-error';

/** Frontmatter and body of an MDX/Markdown file. */
export interface ParsedDocument {
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Removes a byte-order mark and Windows line endings, which some Windows editors add. */
export function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Parses YAML text strictly, reporting syntax errors in Vietnamese with the file and line. */
export function parseYaml(text: string, file: string, lineOffset = 0): unknown {
  try {
    return parse(cleanText(text), { schema: 'core', uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = (error.linePos?.[0].line ?? 0) + lineOffset;
      const reason = error.code === 'DUPLICATE_KEY' ? 'một trường được khai báo hai lần' : 'sai cú pháp YAML';
      throw new ContentError([
        {
          file,
          message: `${reason} ở dòng ${line}. Kiểm tra dấu hai chấm, thụt lề (dùng dấu cách, không dùng Tab) và dấu ngoặc kép.`,
        },
      ]);
    }
    throw error;
  }
}

/** Splits an MDX/Markdown file into frontmatter data and body. */
export function parseDocument(text: string, file: string): ParsedDocument {
  const clean = cleanText(text);
  const match = FRONTMATTER.exec(clean);
  if (!match) {
    throw new ContentError([{ file, message: 'Thiếu phần thông tin đầu tệp (frontmatter) nằm giữa hai dòng "---".' }]);
  }
  const data = parseYaml(match[1] ?? '', file, 1) ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError([{ file, message: 'Phần thông tin đầu tệp phải là các dòng "tên trường: giá trị".' }]);
  }
  return { data: data as Record<string, unknown>, body: clean.slice(match[0].length) };
}
