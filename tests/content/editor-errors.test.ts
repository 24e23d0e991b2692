/**
 * The editors' contract: each mistake stops the build with a message naming the file,
 * the field and what is wrong, in Vietnamese, and no page is written.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixture, buildFixtureSteps, type FixtureEditor } from '../support/fixture-build';

const ARTICLE = 'articles/bai-mau.mdx';
const STORY = 'stories/bo-mot/chuyen-mot.mdx';
const EXEMPLAR = 'exemplars/tam-guong-mau.mdx';
const QUESTION = 'questions/2026/tuan-01.mdx';
const DOCUMENT = 'documents/van-ban-mau.mdx';
const MODEL = 'models/mo-hinh-mau.mdx';
const CHART = 'charts/bieu-do-mau.yaml';
const CONTEST = 'contests/cuoc-thi-mau.mdx';
const CONTEST_WORK = 'contest-works/tac-pham-mau.mdx';

/** Adds a contest round and a work that won a prize in it (`round`), neither of which the valid fixture has. */
const addContest =
  (round: string, contestFields = 'deadline: 2025-03-31\n') =>
  (e: FixtureEditor) => {
    for (const folder of ['contests', 'contest-works']) mkdirSync(e.path(folder), { recursive: true });
    e.write(
      CONTEST,
      `---\ntitle: Cuộc thi mẫu\ndescription: Một cuộc thi dùng trong kiểm thử.\ntheme: Làm theo Bác\norganiser: Ban tổ chức mẫu\nopens: 2025-01-02\n${contestFields}howToEnter: Nộp tại chi bộ.\nprizes: [Giải A]\npubDate: 2025-02-03\nsample: true\n---\n\nThể lệ mẫu.\n`,
    );
    e.write(
      CONTEST_WORK,
      `---\ntitle: Tác phẩm mẫu\ndescription: Một tác phẩm dùng trong kiểm thử.\nround: ${round}\nprize: Giải A\nauthor: Y Mẫu\nlocality: huyen-mau\ngenre: Thơ\npubDate: 2025-02-03\nsample: true\n---\n\nLời thơ mẫu.\n`,
    );
  };

interface Case {
  name: string;
  change: (editor: FixtureEditor) => void;
  /** Text the message must contain: the file, the field, and the words that say what is wrong. */
  expect: (string | RegExp)[];
}

const read = (editor: FixtureEditor, relative: string) => readFileSync(editor.path(relative), 'utf8');

/** The line of the fixture article where a body added after its last paragraph starts. */
const BODY_LINE = readFileSync(`tests/fixtures/valid-content/${ARTICLE}`, 'utf8').split('\n').indexOf('Nội dung bài mẫu.') + 3;

/** Adds a paragraph to the fixture article's body, two lines under its text (line BODY_LINE). */
const addToBody = (body: string) => (e: FixtureEditor) => e.replace(ARTICLE, 'Nội dung bài mẫu.', `Nội dung bài mẫu.\n\n${body}`);

const cases: Case[] = [
  {
    name: 'a document whose attachment file is missing',
    change: (e) => e.replace(DOCUMENT, './tep/van-ban-mau.pdf', './tep/van-ban-khac.pdf'),
    expect: [DOCUMENT, 'attachment.file', 'Không tìm thấy tệp đính kèm "./tep/van-ban-khac.pdf"'],
  },
  {
    name: 'a document attachment that is neither PDF nor DOCX',
    change: (e) => e.replace(DOCUMENT, './tep/van-ban-mau.pdf', './tep/van-ban-mau.doc'),
    expect: [DOCUMENT, 'attachment.file', 'PDF (.pdf) hoặc Word (.docx)'],
  },
  {
    name: 'a document type that is not allowed',
    change: (e) => e.replace(DOCUMENT, 'type: Chỉ thị', 'type: Công văn'),
    expect: [DOCUMENT, 'type', 'Giá trị không hợp lệ', '"Chỉ thị"'],
  },
  {
    name: 'a model replicated in an unknown locality',
    change: (e) => e.replace(MODEL, 'replicatedIn: [tinh-mau]', 'replicatedIn: [tinh-mao]'),
    expect: [MODEL, 'replicatedIn[0]', 'Không có địa bàn', 'Có phải ý bạn là "tinh-mau"'],
  },
  {
    name: 'a model linked to a missing article',
    change: (e) => e.replace(MODEL, 'relatedArticles: [bai-mau]', 'relatedArticles: [bai-khac]'),
    expect: [MODEL, 'relatedArticles[0]', 'Không có bài viết', '"bai-khac"'],
  },
  {
    name: 'a winning work in a contest round that does not exist',
    change: addContest('cuoc-thi-mao'),
    expect: [CONTEST_WORK, 'round', 'Không có cuộc thi, giải thưởng', 'Có phải ý bạn là "cuoc-thi-mau"'],
  },
  {
    name: 'a contest round without its deadline',
    change: addContest('cuoc-thi-mau', ''),
    expect: [CONTEST, 'deadline', 'Thiếu trường bắt buộc'],
  },
  {
    name: 'a chart figure written as text',
    change: (e) => e.replace(CHART, 'value: 1200', 'value: "hơn 1.200"'),
    expect: [CHART, 'value', 'cần một con số'],
  },
  {
    name: 'a count of people written with the thousands dot, which YAML reads as a fraction',
    change: (e) => e.replace(CHART, 'value: 1200', 'value: 1.200'),
    expect: [CHART, 'bars[0].value', 'không phải số nguyên', 'đơn vị "lượt"', 'Có phải ý bạn là 1200?'],
  },
  {
    name: 'a quiz with two identical choices',
    change: (e) =>
      e.replace(
        QUESTION,
        'relatedStories: [chuyen-mot]',
        'quiz:\n  choices: ["Ngày 1/1/1946", "Ngày 2/9/1945", "ngày 1/1/1946."]\n  correct: 1\nrelatedStories: [chuyen-mot]',
      ),
    expect: [QUESTION, 'quiz.choices[2]', 'Phương án 3 giống phương án 1', 'mỗi phương án phải khác nhau'],
  },
  {
    name: 'missing title',
    change: (e) => e.replace(ARTICLE, /^title: .*\n/m, ''),
    expect: [ARTICLE, 'title', 'Thiếu trường bắt buộc'],
  },
  {
    name: 'title that is only spaces',
    change: (e) => e.replace(ARTICLE, /^title: .*$/m, "title: '   '"),
    expect: [ARTICLE, 'title', 'Không được để trống'],
  },
  {
    name: 'impossible date',
    change: (e) => e.replace(ARTICLE, 'pubDate: 2024-05-19', 'pubDate: 2021-13-45'),
    expect: [ARTICLE, 'pubDate', 'Ngày "2021-13-45" không hợp lệ'],
  },
  {
    name: 'date in the wrong format',
    change: (e) => e.replace(ARTICLE, 'pubDate: 2024-05-19', 'pubDate: 19/5/2024'),
    expect: [ARTICLE, 'pubDate', 'NĂM-THÁNG-NGÀY'],
  },
  {
    name: 'description too long for a share preview',
    change: (e) => e.replace(ARTICLE, /^description: .*$/m, `description: ${'Rất dài '.repeat(30)}`),
    expect: [ARTICLE, 'description', 'Quá dài: tối đa 200 ký tự'],
  },
  {
    name: 'unknown locality',
    change: (e) => e.replace(ARTICLE, 'locality: huyen-mau', 'locality: huyen-mao'),
    expect: [ARTICLE, 'locality', 'Không có địa bàn', '"huyen-mao"', 'Có phải ý bạn là "huyen-mau"'],
  },
  {
    name: 'story pointing to a missing collection',
    change: (e) => e.replace(STORY, 'collection: bo-mot', 'collection: bo-hai'),
    expect: [STORY, 'collection', 'Không có bộ truyện', '"bo-hai"'],
  },
  {
    name: 'two stories with the same order in a collection',
    change: (e) => e.write('stories/bo-mot/chuyen-hai.mdx', read(e, STORY).replace('Chuyện mẫu thứ nhất', 'Chuyện mẫu thứ hai')),
    expect: ['stories/bo-mot/chuyen-', 'order', 'Thứ tự 1 đã dùng'],
  },
  {
    name: 'two questions for the same week',
    change: (e) => e.write('questions/2026/tuan-01-ban-sao.mdx', read(e, QUESTION)),
    expect: ['questions/2026/tuan-01', 'Trùng tuần'],
  },
  {
    name: 'week 53 in a year that has 52',
    change: (e) => {
      e.replace(QUESTION, 'year: 2026', 'year: 2021');
      e.replace(QUESTION, 'week: 1', 'week: 53');
      e.replace(QUESTION, 'pubDate: 2025-12-29', 'pubDate: 2021-12-27');
    },
    expect: [QUESTION, 'week', 'Năm 2021 chỉ có 52 tuần'],
  },
  {
    name: 'image file missing',
    change: (e) => e.replace(ARTICLE, './anh/bia.jpg', './anh/bia-khong-co.jpg'),
    expect: [ARTICLE, 'cover.src', 'Không tìm thấy tệp ảnh "./anh/bia-khong-co.jpg"'],
  },
  {
    name: 'image without alt text',
    change: (e) => e.replace(ARTICLE, /^ {2}alt: .*\n/m, ''),
    expect: [ARTICLE, 'cover.alt', 'Ảnh phải có mô tả (alt)'],
  },
  {
    name: 'image with empty alt text',
    change: (e) => e.replace(ARTICLE, /^ {2}alt: .*$/m, "  alt: ''"),
    expect: [ARTICLE, 'cover.alt', 'Ảnh phải có mô tả (alt)'],
  },
  {
    name: 'a camera original that is far too large',
    change: (e) => e.write('articles/anh/bia.jpg', Buffer.alloc(11 * 1024 * 1024)),
    expect: [ARTICLE, 'cover.src', 'quá giới hạn 10 MB'],
  },
  {
    name: 'malformed YAML in frontmatter',
    change: (e) => e.replace(ARTICLE, 'tags: [Kiểm thử]', 'tags: [Kiểm thử'),
    expect: [ARTICLE, /sai cú pháp YAML ở dòng \d+/],
  },
  {
    name: 'malformed YAML in a data file',
    change: (e) => e.replace('localities.yaml', '  level: huyện', '  level: huyện\n    parent: : x'),
    expect: ['localities.yaml', /sai cú pháp YAML ở dòng \d+/],
  },
  {
    name: 'a field written twice',
    change: (e) => e.replace(ARTICLE, 'category: Tin tức', 'category: Tin tức\ncategory: Mô hình hay'),
    expect: [ARTICLE, 'một trường được khai báo hai lần'],
  },
  {
    name: 'a misspelt field name',
    change: (e) => e.replace(ARTICLE, 'category: Tin tức', 'category: Tin tức\ncatgory: Tin tức'),
    expect: [ARTICLE, 'catgory', 'Có trường không được hỗ trợ'],
  },
  {
    name: 'a list written as plain text',
    change: (e) => e.replace(STORY, 'themes: [Đoàn kết các dân tộc]', 'themes: Đoàn kết các dân tộc'),
    expect: [STORY, 'themes', 'cần một danh sách'],
  },
  {
    name: 'an exemplar kind that is not allowed',
    change: (e) => e.replace(EXEMPLAR, 'kind: cá nhân', 'kind: gia đình'),
    expect: [EXEMPLAR, 'kind', '"cá nhân", "tập thể"'],
  },
  {
    name: 'a link to a draft story from a published page',
    change: (e) => e.replace(STORY, 'pubDate: 2025-01-06', 'pubDate: 2025-01-06\ndraft: true'),
    expect: [EXEMPLAR, 'relatedStories[0]', 'bản nháp hoặc chưa đến ngày đăng'],
  },
  {
    name: 'the same slug in two folders',
    change: (e) => e.write('articles/anh/bai-mau.mdx', read(e, ARTICLE).replace('./anh/bia.jpg', './bia.jpg')),
    expect: ['bai-mau.mdx', 'Trùng địa chỉ'],
  },
  {
    name: 'broken MDX syntax',
    change: (e) => e.replace(ARTICLE, 'Nội dung bài mẫu.', 'Nội dung <Quote source="x">chưa đóng thẻ.'),
    expect: ['bai-mau.mdx'],
  },
  {
    name: 'a body expression that reads the build machine\'s environment',
    change: addToBody('Thư mục nhà: {process.env.HOME}'),
    expect: [ARTICLE, `Dòng ${BODY_LINE} («{process.env.HOME}»): phần trong dấu ngoặc nhọn { } là mã chương trình`],
  },
  {
    name: 'an export in a body',
    change: addToBody('export const duongDan = process.env.PATH'),
    expect: [ARTICLE, `Dòng ${BODY_LINE} («export const duongDan = process.env.PATH»): dòng bắt đầu bằng "import" hoặc "export" là mã chương trình`],
  },
  {
    name: 'a script tag in a body',
    change: addToBody('<script>alert(document.cookie)</script>'),
    expect: [ARTICLE, `Dòng ${BODY_LINE} («<script>alert(document.cookie)</script>»): thẻ <script> không dùng được trong bài`],
  },
  {
    name: 'an event handler in a body',
    change: addToBody('<Quote source="A" onClick="x()">Lời.</Quote>'),
    expect: [ARTICLE, `Dòng ${BODY_LINE} («<Quote source="A" onClick="x()">Lời.</Quote>»): <Quote> không có thuộc tính "onClick"`],
  },
  {
    name: 'an unknown component',
    change: (e) => e.replace(ARTICLE, 'Nội dung bài mẫu.', '<Qoute source="x">Lời Bác</Qoute>'),
    expect: ['Qoute'],
  },
];

describe('bad input stops the build with a clear message', () => {
  it.concurrent.each(cases)('$name', async ({ change, expect: fragments }) => {
    const build = await buildFixture(change);
    expect(build.code, build.output).not.toBe(0);
    for (const fragment of fragments) {
      if (typeof fragment === 'string') expect(build.output).toContain(fragment);
      else expect(build.output).toMatch(fragment);
    }
    expect(build.pages, 'no page may be published from a failed build').toEqual([]);
  });
});

describe('a failed build', () => {
  it.concurrent('names every faulty file at once, in Vietnamese, with no framework text or stack trace', async () => {
    const build = await buildFixture((e) => {
      e.replace(ARTICLE, /^title: .*\n/m, '');
      e.replace(CHART, 'value: 1200', 'value: "hơn 1.200"');
      e.replace(EXEMPLAR, 'kind: cá nhân', 'kind: gia đình');
    });
    expect(build.code, build.output).not.toBe(0);
    for (const [file, field] of [
      [ARTICLE, 'title'],
      [CHART, 'bars[0].value'],
      [EXEMPLAR, 'kind'],
    ]) {
      expect(build.output).toMatch(new RegExp(`Tệp \\S*${file.replaceAll('.', '\\.')}\\n {2}- trường "${field.replace(/[[\]]/g, '\\$&')}"`));
    }
    expect(build.output).toContain('Tóm tắt: 3 lỗi trong 3 tệp:');
    expect(build.output).not.toMatch(/\b(?:Error|error|Stack trace|Hint|Location|schema|does not match)\b|\bat \S+:\d+:\d+/);
    expect(build.pages).toEqual([]);
  });

  it.concurrent('with code in a body leaves no value of the build\'s environment in the output', async () => {
    const secret = `bi-mat-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
    const [build] = await buildFixtureSteps([
      { change: addToBody('{process.env.LTB_SECRET} {globalThis.process?.env?.PATH}'), env: { LTB_SECRET: secret } },
    ]);
    if (!build) throw new Error('no build');
    expect(build.code, build.output).not.toBe(0);
    expect(build.output).toContain(`Dòng ${BODY_LINE} («`);
    expect(build.output).not.toContain(secret);
    for (const [file, bytes] of build.files) expect(bytes.includes(secret), file).toBe(false);
  });
});

describe('input that is fine, or handled by a defined rule', () => {
  it.concurrent('a contest round and its winning work build their pages', async () => {
    const build = await buildFixture(addContest('cuoc-thi-mau'));
    expect(build.code, build.output).toBe(0);
    expect(build.pages).toEqual(expect.arrayContaining(['cuoc-thi/cuoc-thi-mau/index.html', 'cuoc-thi/tac-pham/tac-pham-mau/index.html']));
  });

  it.concurrent('the valid fixture builds every page', async () => {
    const build = await buildFixture(() => {});
    expect(build.code, build.output).toBe(0);
    expect(build.pages).toEqual(expect.arrayContaining(['index.html', 'bai-viet/bai-mau/index.html', '404.html']));
  });

  it.concurrent('a shared image (the editor\'s "/anh/…" library, content/anh/) is found and published', async () => {
    const build = await buildFixture((e) => {
      mkdirSync(e.path('anh'));
      e.write('anh/chung.jpg', readFileSync(e.path('articles/anh/bia.jpg')));
      e.replace(ARTICLE, './anh/bia.jpg', '/anh/chung.jpg');
    });
    expect(build.code, build.output).toBe(0);
    expect(build.pages).toContain('bai-viet/bai-mau/index.html');
  });

  it.concurrent('a byte-order mark and Windows line endings are accepted', async () => {
    const build = await buildFixture((e) => e.write(ARTICLE, `\uFEFF${read(e, ARTICLE).replace(/\n/g, '\r\n')}`));
    expect(build.code, build.output).toBe(0);
    expect(build.pages).toContain('bai-viet/bai-mau/index.html');
  });

  it.concurrent('a future publish date schedules the item instead of publishing it', async () => {
    // The sample model links to the article; a published page may not link to a scheduled one.
    const build = await buildFixture((e) => {
      e.replace(ARTICLE, 'pubDate: 2024-05-19', 'pubDate: 2099-01-01');
      e.replace(MODEL, 'relatedArticles: [bai-mau]\n', '');
    });
    expect(build.code, build.output).toBe(0);
    expect(build.pages).not.toContain('bai-viet/bai-mau/index.html');
    expect(build.output).toContain('Đã lên lịch, chưa đăng');
  });

  it.concurrent('a draft is checked but not published', async () => {
    const build = await buildFixture((e) => {
      e.replace(ARTICLE, 'pubDate: 2024-05-19', 'pubDate: 2024-05-19\ndraft: true');
      e.replace(MODEL, 'relatedArticles: [bai-mau]\n', '');
    });
    expect(build.code, build.output).toBe(0);
    expect(build.pages).not.toContain('bai-viet/bai-mau/index.html');
  });
});
