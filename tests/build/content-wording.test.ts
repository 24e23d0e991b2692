/**
 * Editorial rules a provincial propaganda department checks before the sample can be shown:
 * the report's figures keep their qualifiers and labels, made-up profiles cannot be taken for
 * real people, and the wording is the respectful, current one. Read from the content files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { listFiles } from '../support/dist';
import { parseDocument } from '../../src/lib/frontmatter';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const textFiles = listFiles(contentDir).filter((file) => /\.(mdx?|ya?ml)$/.test(file));
const read = (file: string) => readFileSync(path.join(contentDir, file), 'utf8');

/** A file's text without Bác's quoted words (the `<Quote>` blocks and `quote.text` fields), which keep their original spelling. */
const outsideQuotations = (text: string) => text.replace(/<Quote\b[^>]*>[\s\S]*?<\/Quote>/g, '').replace(/^\s*text:.*$/gm, '');

/** Lines of every content file that match a pattern, as "file: line". */
function offending(pattern: RegExp, transform: (text: string) => string = (text) => text): string[] {
  return textFiles.flatMap((file) =>
    transform(read(file))
      .split('\n')
      .filter((line) => pattern.test(line))
      .map((line) => `${file}: ${line.trim().slice(0, 120)}`),
  );
}

describe("the report's figures keep its qualifiers and labels", () => {
  it('10.930 is "hơn 10.930" and counts cán bộ chủ chốt, not cán bộ, đảng viên', () => {
    expect(offending(/(?<![Hh]ơn |mười )10\.930|10\.930 lượt cán bộ, đảng viên/)).toEqual([]);
  });

  it('173.600 is "hơn 173.600", 3.780 is "trên 3.780", 2.000 news items are "gần 2.000"', () => {
    expect(offending(/(?<![Hh]ơn )173\.600|(?<![Tt]rên )3\.780|[Kk]hoảng 2\.000/)).toEqual([]);
  });

  it('no figure is dated to the "first five years" the report does not name', () => {
    expect(offending(/5 năm đầu|[Nn]ăm năm đầu|[Qq]ua 5 năm/)).toEqual([]);
  });
});

describe('made-up profiles cannot be taken for real people', () => {
  const localities = parseYamlText(read('localities.yaml')) as { id: string; level: string }[];
  const levelOf = new Map(localities.map((locality) => [locality.id, locality.level]));
  const samples = listFiles(path.join(contentDir, 'exemplars'))
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => ({ file, data: parseDocument(read(`exemplars/${file}`), file).data }))
    .filter(({ data }) => data.sample === true);

  it('has sample profiles to check', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it('credits no national authority', () => {
    const national = samples.flatMap(({ file, data }) =>
      ((data.recognitions as { level: string; title: string }[]) ?? [])
        .filter(
          (recognition) =>
            ['Trung ương', 'Thủ tướng Chính phủ'].includes(recognition.level) || /Thủ tướng|Bộ trưởng|Trung ương/.test(recognition.title),
        )
        .map((recognition) => `${file}: ${recognition.title}`),
    );
    expect(national).toEqual([]);
  });

  it('is placed no lower than a district or city, never in a named commune', () => {
    const communes = samples.filter(({ data }) => ['xã', 'phường', 'thị trấn'].includes(levelOf.get(String(data.locality)) ?? ''));
    expect(communes.map(({ file }) => file)).toEqual([]);
  });
});

describe('respectful, current wording', () => {
  it('writes "Xơ Đăng" outside quotations', () => {
    expect(offending(/Xê Đăng(?!”|")/, outsideQuotations)).toEqual([]);
  });

  it('writes the masthead "Nhân Dân"', () => {
    expect(offending(/[Bb]áo Nhân dân/)).toEqual([]);
  });

  it('quotes the current "dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng" in full', () => {
    expect(offending(/dân kiểm tra(?!, dân giám sát, dân thụ hưởng)/)).toEqual([]);
  });

  it('names the 2025 merger as Kon Tum hợp nhất với Quảng Ngãi, not "hợp nhất vào"', () => {
    expect(offending(/hợp nhất vào tỉnh Quảng Ngãi/)).toEqual([]);
  });
});
