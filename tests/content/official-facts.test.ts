/**
 * Facts an office must be able to sign, each checked against public sources (issue #23): official
 * titles and standards, the source and period of the province's figures, dates and Bác's words,
 * place names after 1/7/2025, and made-up profiles that credit no real body and match no real
 * unit. Read from the content files; each check failed on the content before the correction.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { parseDocument } from '../../src/lib/frontmatter';
import { listFiles } from '../support/dist';

const contentDir = path.resolve(process.env.CONTENT_DIR ?? 'content');
const read = (file: string) => readFileSync(path.join(contentDir, file), 'utf8');
const doc = (file: string) => parseDocument(read(file), file);
const data = (file: string) => doc(file).data as Record<string, unknown>;
const body = (file: string) => doc(file).body;
/** Running text of a body: lines, list marks and emphasis dropped, so a sentence is found whatever the Markdown around it. */
const prose = (file: string) => body(file).replace(/\*\*/g, '').replace(/\s+/g, ' ');

const exemplarFiles = listFiles(path.join(contentDir, 'exemplars'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `exemplars/${file}`);
const sampleProfiles = exemplarFiles.filter((file) => data(file).sample === true);
const questionFiles = listFiles(path.join(contentDir, 'questions'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => `questions/${file}`);

describe('official titles and standards', () => {
  it('titles the 2018 chuyên đề as issued', () => {
    expect(data('documents/chuyen-de-2018.mdx').title).toBe(
      'Xây dựng phong cách, tác phong công tác của người đứng đầu, của cán bộ, đảng viên trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    );
  });

  it('titles the 2019 chuyên đề as issued', () => {
    expect(data('documents/chuyen-de-2019.mdx').title).toBe(
      'Xây dựng ý thức tôn trọng Nhân dân, phát huy dân chủ, chăm lo đời sống Nhân dân theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
    );
  });

  it('lists the five standards of Quy định 144-QĐ/TW as written, and no other', () => {
    const items = body('documents/quy-dinh-144-qd-tw.mdx')
      .split('\n')
      .filter((line) => /^(\d+\.|-) /.test(line))
      .map((line) => line.replace(/^(\d+\.|-) /, ''));
    expect(items).toEqual([
      'Yêu nước, tôn trọng Nhân dân, tuyệt đối trung thành với Đảng, với Tổ quốc.',
      'Bản lĩnh, đổi mới, sáng tạo, hội nhập.',
      'Cần, kiệm, liêm, chính, chí công vô tư.',
      'Đoàn kết, kỷ cương, tình thương, trách nhiệm.',
      'Gương mẫu, khiêm tốn, tu dưỡng rèn luyện, học tập suốt đời.',
    ]);
  });

  it('gives Kết luận 01-KL/TW its full title, naming Chỉ thị 05-CT/TW with its subject', () => {
    expect(data('documents/ket-luan-01-kl-tw.mdx').title).toBe(
      'Kết luận về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị khóa XII “về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”',
    );
  });

  it('does not assert, unchecked, that the toàn khóa chuyên đề replaces the yearly ones', () => {
    for (const file of ['documents/ket-luan-01-kl-tw.mdx', 'documents/chuyen-de-toan-khoa-2021-2025.mdx']) {
      expect(prose(file), file).not.toMatch(/thay (cho|vì) mỗi năm một chuyên đề/);
    }
  });
});

describe("the province's figures, as the press report gives them", () => {
  const highlights = parseYamlText(read('so-lieu.yaml')) as { id: string; value: string; label: string; period?: string; source?: string }[];

  it('keeps "hơn 173.600 lượt" right after the conferences it counts, and says which ones', () => {
    const ids = highlights.map((highlight) => highlight.id);
    expect(ids.indexOf('luot-nguoi-du-co-so')).toBe(ids.indexOf('hoi-nghi-co-so') + 1);
    expect(highlights.find((highlight) => highlight.id === 'luot-nguoi-du-co-so')?.label).toMatch(
      /tại các hội nghị do cấp ủy cấp huyện và cơ sở tổ chức$/,
    );
  });

  it('dates every figure to 2021 and cites the press report, not the Standing Committee, as its source', () => {
    for (const highlight of highlights) {
      expect(highlight.period, highlight.id).toBe('tính đến năm 2021');
      expect(highlight.source, highlight.id).toMatch(/^Bài báo “Kon Tum: Nhiều mô hình thiết thực, hiệu quả học tập và làm theo Bác Hồ”/);
    }
  });

  it('cites the press report in the charts too, with the period', () => {
    for (const file of listFiles(path.join(contentDir, 'charts'))) {
      const chart = parseYamlText(read(`charts/${file}`)) as { source: string; period: string };
      expect(chart.source, file).toMatch(/^Bài báo “Kon Tum: Nhiều mô hình thiết thực/);
      expect(chart.source, file).not.toMatch(/Báo cáo của Ban Thường vụ/);
      expect(chart.period, file).toMatch(/2021|2020/);
    }
  });

  it('claims no breakdown of the 659 models by field, and gives the 20 works their qualifier', () => {
    const article = 'articles/nam-nam-dau-thuc-hien-chi-thi-05-nhung-con-so-cua-kon-tum.mdx';
    expect(prose(article)).not.toMatch(/659 mô hình hay, cách làm mới trên nhiều lĩnh vực/);
    const stat = /<Stat value="20" label="([^"]+)"/.exec(body(article))?.[1];
    expect(stat).toMatch(/^tác phẩm được xét duyệt tham gia Giải thưởng/);
    expect(prose(article)).not.toMatch(/báo cáo của Ban Thường vụ Tỉnh ủy/);
  });
});

describe('respectful wording and fair quizzes', () => {
  it('describes low, seasonal incomes instead of a stereotype about minority families', () => {
    const text = prose('articles/heo-dat-nuoi-chu-o-vung-bien.mdx');
    expect(text).not.toMatch(/quen chi tiêu theo ngày|ít khi để dành/);
    expect(text).toMatch(/[Tt]hu nhập .* theo mùa vụ/);
  });

  it('uses neutral wrong dates in week 19, not a mausoleum or a lavish birthday', () => {
    const { choices } = data('questions/2026/tuan-19.mdx').quiz as { choices: string[] };
    expect(choices.join(' ')).not.toMatch(/lăng|sinh nhật|linh đình/);
    for (const choice of choices) expect(choice).toMatch(/^Ngày \d{1,2}\/\d{1,2}\/\d{4}/);
  });
});

describe("the report's model, without details it does not give", () => {
  it('credits no real body with running "Mỗi tuần một câu hỏi, một đáp án", and marks who runs it as illustration', () => {
    const model = data('models/moi-tuan-mot-cau-hoi-mot-dap-an.mdx');
    expect(String(model.runBy)).not.toMatch(/Ban Tuyên giáo|Tỉnh ủy/);
    expect(String(model.runBy)).toContain('minh họa');
    expect(prose('models/moi-tuan-mot-cau-hoi-mot-dap-an.mdx')).toMatch(/không nói ai thực hiện mô hình và từ năm nào/);
  });
});

describe('place names after 1/7/2025', () => {
  /** Districts and the old city named in the present ("huyện Sa Thầy", "thành phố Kon Tum"), not followed by "cũ". */
  const presentDistricts = (text: string) =>
    [...text.matchAll(/(?:huyện|thành phố) \p{Lu}[\p{L}']*(?: \p{Lu}[\p{L}']*)*/gu)]
      .filter((match) => !text.slice((match.index ?? 0) + match[0].length).startsWith(' cũ'))
      .map((match) => match[0]);

  it('writes the districts of made-up profiles as former ones ("huyện Sa Thầy cũ")', () => {
    const found = sampleProfiles.flatMap((file) => {
      const { description, model } = data(file);
      return [String(description), String(model), prose(file)].flatMap(presentDistricts).map((name) => `${file}: ${name}`);
    });
    expect(found).toEqual([]);
  });

  it('speaks of the former Kon Tum, not a province that no longer exists, in the answers', () => {
    const found = questionFiles.filter((file) => /Kon Tum(?! cũ)/.test(prose(file)));
    expect(found).toEqual([]);
  });
});

describe('made-up profiles match no real unit and credit no real body', () => {
  it('names no body in their recognitions, only the level ("Bằng khen cấp tỉnh …")', () => {
    const named = sampleProfiles.flatMap((file) =>
      ((data(file).recognitions as { title: string }[]) ?? [])
        .filter((recognition) => /UBND|Tỉnh ủy|Huyện ủy|Tỉnh đoàn|Huyện đoàn|Hội |MTTQ|Sở |Công an|Biên phòng|Giám đốc|Chủ tịch|Ban /.test(recognition.title))
        .map((recognition) => `${file}: ${recognition.title}`),
    );
    expect(named).toEqual([]);
  });

  it('has no name specific enough to match a real school, street group or village', () => {
    const names = sampleProfiles.map((file) => `${file}: ${String(data(file).name)} ${prose(file)}`);
    expect(names.filter((text) => /Suối Mây|Hoa Sữa|Plei Rơ Năng|Trường PTDT/.test(text))).toEqual([]);
    expect(exemplarFiles.filter((file) => /suoi-may|hoa-sua|plei/.test(file))).toEqual([]);
  });
});

describe('dates and Bác’s words', () => {
  it('gives the 1946 trip to France its length: nearly five months, 31/5–20/10/1946', () => {
    const { event } = data('questions/2026/tuan-43.mdx').onThisDay as { event: string };
    expect(event).not.toMatch(/hơn bốn tháng/);
    expect(event).toMatch(/gần năm tháng \(31\/5–20\/10\/1946\)/);
  });

  it('counts 27/7/1947 in the eighth month of the resistance that began on 19/12/1946', () => {
    const story = prose('stories/bac-ho-voi-duc-can-kiem-liem-chinh/mot-thang-luong-gui-thuong-binh.mdx');
    expect(story).not.toMatch(/tháng thứ bảy/);
    expect(story).toMatch(/tháng thứ tám/);
  });

  it('reports Bác’s words in week 23 as he wrote them: chủ nghĩa yêu nước, chứ chưa phải chủ nghĩa cộng sản', () => {
    const answer = prose('questions/2026/tuan-23.mdx');
    expect(answer).toContain('chủ nghĩa yêu nước, chứ chưa phải chủ nghĩa cộng sản');
    expect(answer).not.toMatch(/chứ chưa phải lý luận/);
  });

  it('quotes "có tài mà không có đức là người vô dụng" in week 47, and says its source is unchecked', () => {
    const answer = prose('questions/2026/tuan-47.mdx');
    expect(answer).toContain('có tài mà không có đức là người vô dụng');
    expect(answer).not.toMatch(/có hại cho dân/);
    expect(answer).toMatch(/chưa đối chiếu được/);
  });

  it('asks no two questions of one year with the same quotation', () => {
    const byYear = new Map<string, string[]>();
    for (const file of questionFiles) {
      const key = `${String(data(file).year)}\u0000${(data(file).quote as { text: string }).text}`;
      byYear.set(key, [...(byYear.get(key) ?? []), file]);
    }
    expect([...byYear.values()].filter((files) => files.length > 1)).toEqual([]);
  });

  it('spells Le Havre as French does', () => {
    const { choices } = data('questions/2026/tuan-28.mdx').quiz as { choices: string[] };
    expect(choices).toContain('Le Havre');
    expect(choices).not.toContain('Lê Havre');
  });
});
