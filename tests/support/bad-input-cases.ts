/**
 * The editors' mistakes, one list for two suites. Each case is a change to the valid fixture
 * content that the build must refuse with a message naming the file, the field and what is
 * wrong, in Vietnamese (tests/content/editor-errors.test.ts), and either the steps an editor
 * would take in the form at /admin/ to make the same mistake, which the form must refuse before
 * anything is written (tests/browser/cms-bad-input.test.ts), or the reason the form cannot make
 * it. A unit test requires one or the other of every case.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { FormPlace, FormValues } from './editor.ts';
import type { FixtureEditor } from './fixture-build.ts';
import { NEW_ARTICLE, NEW_DOCUMENT, NEW_QUESTION, NEW_STORY, newQuestion } from './form-entries.ts';

/** The fixture's files the cases change, under tests/fixtures/valid-content/. */
export const ARTICLE = 'articles/bai-mau.mdx';
export const STORY = 'stories/bo-mot/chuyen-mot.mdx';
export const EXEMPLAR = 'exemplars/tam-guong-mau.mdx';
export const QUESTION = 'questions/2026/tuan-01.mdx';
export const DOCUMENT = 'documents/van-ban-mau.mdx';
export const MODEL = 'models/mo-hinh-mau.mdx';
export const CHART = 'charts/bieu-do-mau.yaml';
/** A contest round and a winning work, which the valid fixture does not have (see addContest). */
export const CONTEST = 'contests/cuoc-thi-mau.mdx';
export const CONTEST_WORK = 'contest-works/tac-pham-mau.mdx';

/** How an editor makes a mistake in the form: where the form opens, what is entered, what the form says. */
export interface FormRoutine {
  open: FormPlace;
  /** The values entered, in order: a valid entry with the one mistake in it. */
  values: FormValues;
  /** False when the routine never reaches "Lưu": the file picker refuses the upload itself. */
  save?: false;
  /**
   * What the editor reads when the form refuses: the message under the field itself, or else a line
   * of the refusal alert, which names the field by its label ("• Tuần: …") or the file and line.
   */
  refused: { text: string; field?: string };
}

/** One mistake. */
export interface BadInputCase {
  name: string;
  change: (editor: FixtureEditor) => void;
  /** Text the build's message must contain: the file, the field, and the words that say what is wrong. */
  expect: (string | RegExp)[];
  /** The mistake made in the form, or why the form cannot make it. */
  form: { routine: FormRoutine } | { reason: string };
}

/** A file of the fixture copy as text. */
export const read = (editor: FixtureEditor, relative: string) => readFileSync(editor.path(relative), 'utf8');

/** The line of the fixture article where a body added after its last paragraph starts. */
export const BODY_LINE = readFileSync(`tests/fixtures/valid-content/${ARTICLE}`, 'utf8').split('\n').indexOf('Nội dung bài mẫu.') + 3;

/** Adds a paragraph to the fixture article's body, two lines under its text (line BODY_LINE). */
export const addToBody = (body: string) => (e: FixtureEditor) => e.replace(ARTICLE, 'Nội dung bài mẫu.', `Nội dung bài mẫu.\n\n${body}`);

/** Adds a contest round (with `contestFields` for its deadline) and a work that won a prize in `round`. */
export const addContest =
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

export const badInputCases: BadInputCase[] = [
  {
    name: 'a winning work in a contest round that does not exist',
    change: addContest('cuoc-thi-mao'),
    expect: [CONTEST_WORK, 'round', 'Không có cuộc thi, giải thưởng', 'Có phải ý bạn là "cuoc-thi-mau"'],
    form: { reason: 'The round is picked in a list of the existing rounds; the form has no box to type an id into.' },
  },
  {
    name: 'a document whose attachment file is missing',
    change: (e) => e.replace(DOCUMENT, './tep/van-ban-mau.pdf', './tep/van-ban-khac.pdf'),
    expect: [DOCUMENT, 'attachment.file', 'Không tìm thấy tệp đính kèm "./tep/van-ban-khac.pdf"'],
    form: { reason: 'The attachment field offers the files of its folder and an upload; it has no box to type a path into.' },
  },
  {
    name: 'a document attachment that is neither PDF nor DOCX',
    change: (e) => e.replace(DOCUMENT, './tep/van-ban-mau.pdf', './tep/van-ban-mau.doc'),
    expect: [DOCUMENT, 'attachment.file', 'PDF (.pdf) hoặc Word (.docx)'],
    form: {
      routine: {
        open: { collection: 'documents' },
        values: { ...NEW_DOCUMENT, 'attachment.file': { upload: 'van-ban-cu.doc' } },
        refused: { text: '• Tệp PDF hoặc Word: Tệp đính kèm phải là PDF (.pdf) hoặc Word (.docx).' },
      },
    },
  },
  {
    name: 'a document type that is not allowed',
    change: (e) => e.replace(DOCUMENT, 'type: Chỉ thị', 'type: Công văn'),
    expect: [DOCUMENT, 'type', 'Giá trị không hợp lệ', '"Chỉ thị"'],
    form: { reason: 'The type is picked in a list of the allowed types.' },
  },
  {
    name: 'a model replicated in an unknown locality',
    change: (e) => e.replace(MODEL, 'replicatedIn: [tinh-mau]', 'replicatedIn: [tinh-mao]'),
    expect: [MODEL, 'replicatedIn[0]', 'Không có địa bàn', 'Có phải ý bạn là "tinh-mau"'],
    form: { reason: 'Localities are picked in a list of the existing ones.' },
  },
  {
    name: 'a model linked to a missing article',
    change: (e) => e.replace(MODEL, 'relatedArticles: [bai-mau]', 'relatedArticles: [bai-khac]'),
    expect: [MODEL, 'relatedArticles[0]', 'Không có bài viết', '"bai-khac"'],
    form: { reason: 'Related articles are picked in a list of the existing ones.' },
  },
  {
    name: 'a chart figure written as text',
    change: (e) => e.replace(CHART, 'value: 1200', 'value: "hơn 1.200"'),
    expect: [CHART, 'value', 'cần một con số'],
    form: { reason: "The figure's box takes digits only: letters typed in it are dropped." },
  },
  {
    name: 'a count of people written with the thousands dot, which YAML reads as a fraction',
    change: (e) => e.replace(CHART, 'value: 1200', 'value: 1.200'),
    expect: [CHART, 'bars[0].value', 'không phải số nguyên', 'đơn vị "lượt"', 'Có phải ý bạn là 1200?'],
    form: {
      routine: {
        open: { collection: 'charts', entry: 'Kỷ luật trong Đảng bộ tỉnh' },
        values: { 'bars.0.value': '1.200' },
        refused: { text: '• Con số: Con số 1,2 không phải số nguyên' },
      },
    },
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
    form: {
      routine: {
        open: { collection: 'questions' },
        values: {
          ...NEW_QUESTION,
          quiz: true,
          'quiz.choices': { items: ['Ngày 1/1/1946', 'Ngày 2/9/1945', 'ngày 1/1/1946.'] },
          'quiz.correct': '1',
        },
        refused: { text: '• Các phương án: Phương án 3 giống phương án 1' },
      },
    },
  },
  {
    name: 'missing title',
    change: (e) => e.replace(ARTICLE, /^title: .*\n/m, ''),
    expect: [ARTICLE, 'title', 'Thiếu trường bắt buộc'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, title: '' },
        refused: { field: 'title', text: 'Trường này bắt buộc phải điền.' },
      },
    },
  },
  {
    name: 'title that is only spaces',
    change: (e) => e.replace(ARTICLE, /^title: .*$/m, "title: '   '"),
    expect: [ARTICLE, 'title', 'Không được để trống'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, title: '   ' },
        refused: { field: 'title', text: 'Trường này bắt buộc phải điền.' },
      },
    },
  },
  {
    name: 'impossible date',
    change: (e) => e.replace(ARTICLE, 'pubDate: 2024-05-19', 'pubDate: 2021-13-45'),
    expect: [ARTICLE, 'pubDate', 'Ngày "2021-13-45" không hợp lệ'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, pubDate: '45132021' },
        refused: { field: 'pubDate', text: 'Không có tháng 13' },
      },
    },
  },
  {
    name: 'date in the wrong format',
    change: (e) => e.replace(ARTICLE, 'pubDate: 2024-05-19', 'pubDate: 19/5/2024'),
    expect: [ARTICLE, 'pubDate', 'NĂM-THÁNG-NGÀY'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, pubDate: '19/5/24' },
        refused: { field: 'pubDate', text: 'Ghi năm đủ 4 chữ số' },
      },
    },
  },
  {
    name: 'description too long for a share preview',
    change: (e) => e.replace(ARTICLE, /^description: .*$/m, `description: ${'Rất dài '.repeat(30)}`),
    expect: [ARTICLE, 'description', 'Quá dài: tối đa 200 ký tự'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, description: 'Rất dài '.repeat(30) },
        refused: { field: 'description', text: 'Bạn không thể nhập nhiều hơn 200 ký tự.' },
      },
    },
  },
  {
    name: 'unknown locality',
    change: (e) => e.replace(ARTICLE, 'locality: huyen-mau', 'locality: huyen-mao'),
    expect: [ARTICLE, 'locality', 'Không có địa bàn', '"huyen-mao"', 'Có phải ý bạn là "huyen-mau"'],
    form: { reason: 'Localities are picked in a list of the existing ones.' },
  },
  {
    name: 'story pointing to a missing collection',
    change: (e) => e.replace(STORY, 'collection: bo-mot', 'collection: bo-hai'),
    expect: [STORY, 'collection', 'Không có bộ truyện', '"bo-hai"'],
    form: { reason: 'A story collection is picked in a list of the existing ones.' },
  },
  {
    name: 'two stories with the same order in a collection',
    change: (e) => e.write('stories/bo-mot/chuyen-hai.mdx', read(e, STORY).replace('Chuyện mẫu thứ nhất', 'Chuyện mẫu thứ hai')),
    expect: ['stories/bo-mot/chuyen-', 'order', 'Thứ tự 1 đã dùng'],
    form: {
      routine: {
        open: { collection: 'stories' },
        values: { ...NEW_STORY, order: '1' },
        refused: {
          text: '(order): Thứ tự 1 đã dùng cho tệp content/stories/bac-ho-voi-duc-can-kiem-liem-chinh/cau-chuyen-thu-cua-trinh-bien-tap.mdx',
        },
      },
    },
  },
  {
    name: 'two questions for the same week',
    change: (e) => e.write('questions/2026/tuan-01-ban-sao.mdx', read(e, QUESTION)),
    expect: ['questions/2026/tuan-01', 'Trùng tuần'],
    form: {
      routine: {
        open: { collection: 'questions' },
        values: newQuestion('2026', '5', '26012026'),
        refused: { text: '• Trùng tuần với tệp content/questions/2026/tuan-05.mdx' },
      },
    },
  },
  {
    name: 'week 53 in a year that has 52',
    change: (e) => {
      e.replace(QUESTION, 'year: 2026', 'year: 2021');
      e.replace(QUESTION, 'week: 1', 'week: 53');
      e.replace(QUESTION, 'pubDate: 2025-12-29', 'pubDate: 2021-12-27');
    },
    expect: [QUESTION, 'week', 'Năm 2021 chỉ có 52 tuần'],
    form: {
      routine: {
        open: { collection: 'questions' },
        values: newQuestion('2021', '53', '27122021'),
        refused: { text: '• Tuần: Năm 2021 chỉ có 52 tuần' },
      },
    },
  },
  {
    name: 'image file missing',
    change: (e) => e.replace(ARTICLE, './anh/bia.jpg', './anh/bia-khong-co.jpg'),
    expect: [ARTICLE, 'cover.src', 'Không tìm thấy tệp ảnh "./anh/bia-khong-co.jpg"'],
    form: { reason: 'The image field offers the files of the folders and an upload; it has no box to type a path into.' },
  },
  {
    name: 'image without alt text',
    change: (e) => e.replace(ARTICLE, /^ {2}alt: .*\n/m, ''),
    expect: [ARTICLE, 'cover.alt', 'Ảnh phải có mô tả (alt)'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, cover: true, 'cover.src': { upload: 'hoi-truong-xa.jpg' } },
        refused: { field: 'cover.alt', text: 'Trường này bắt buộc phải điền.' },
      },
    },
  },
  {
    name: 'image with empty alt text',
    change: (e) => e.replace(ARTICLE, /^ {2}alt: .*$/m, "  alt: ''"),
    expect: [ARTICLE, 'cover.alt', 'Ảnh phải có mô tả (alt)'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, cover: true, 'cover.src': { upload: 'hoi-truong-xa.jpg' }, 'cover.alt': '  ' },
        refused: { field: 'cover.alt', text: 'Trường này bắt buộc phải điền.' },
      },
    },
  },
  {
    name: 'a camera original that is far too large',
    change: (e) => e.write('articles/anh/bia.jpg', Buffer.alloc(11 * 1024 * 1024)),
    expect: [ARTICLE, 'cover.src', 'quá giới hạn 10 MB'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, cover: true, 'cover.src': { upload: 'anh-goc-11mb.jpg' } },
        save: false,
        refused: { text: 'vượt quá dung lượng tối đa' },
      },
    },
  },
  {
    name: 'malformed YAML in frontmatter',
    change: (e) => e.replace(ARTICLE, 'tags: [Kiểm thử]', 'tags: [Kiểm thử'),
    expect: [ARTICLE, /sai cú pháp YAML ở dòng \d+/],
    form: { reason: 'The form writes the front matter itself, from its fields.' },
  },
  {
    name: 'malformed YAML in a data file',
    change: (e) => e.replace('localities.yaml', '  level: huyện', '  level: huyện\n    parent: : x'),
    expect: ['localities.yaml', /sai cú pháp YAML ở dòng \d+/],
    form: { reason: 'The form writes the list file itself, from its fields.' },
  },
  {
    name: 'a field written twice',
    change: (e) => e.replace(ARTICLE, 'category: Tin tức', 'category: Tin tức\ncategory: Mô hình hay'),
    expect: [ARTICLE, 'một trường được khai báo hai lần'],
    form: { reason: 'The form has one box per field and writes each field once.' },
  },
  {
    name: 'a misspelt field name',
    change: (e) => e.replace(ARTICLE, 'category: Tin tức', 'category: Tin tức\ncatgory: Tin tức'),
    expect: [ARTICLE, 'catgory', 'Có trường không được hỗ trợ'],
    form: { reason: 'The form writes only the fields it shows, under their own names.' },
  },
  {
    name: 'a list written as plain text',
    change: (e) => e.replace(STORY, 'themes: [Đoàn kết các dân tộc]', 'themes: Đoàn kết các dân tộc'),
    expect: [STORY, 'themes', 'cần một danh sách'],
    form: { reason: 'Themes are a list in the form, written as a list.' },
  },
  {
    name: 'an exemplar kind that is not allowed',
    change: (e) => e.replace(EXEMPLAR, 'kind: cá nhân', 'kind: gia đình'),
    expect: [EXEMPLAR, 'kind', '"cá nhân", "tập thể"'],
    form: { reason: 'The kind is picked in a list of the allowed kinds.' },
  },
  {
    name: 'a link to a draft story from a published page',
    change: (e) => e.replace(STORY, 'pubDate: 2025-01-06', 'pubDate: 2025-01-06\ndraft: true'),
    expect: [EXEMPLAR, 'relatedStories[0]', 'bản nháp hoặc chưa đến ngày đăng'],
    form: {
      routine: {
        open: { collection: 'stories', entry: 'Một tháng lương gửi anh em thương binh' },
        values: { draft: true },
        refused: {
          text: '• Ở tệp content/exemplars/cuu-chien-binh-tran-van-thuan.mdx (relatedStories[0]): Mục được liên kết tới là bản nháp',
        },
      },
    },
  },
  {
    name: 'the same slug in two folders',
    change: (e) => e.write('articles/anh/bai-mau.mdx', read(e, ARTICLE).replace('./anh/bia.jpg', './bia.jpg')),
    expect: ['bai-mau.mdx', 'Trùng địa chỉ'],
    form: {
      reason:
        'The form writes an article straight into content/articles/, never in a subfolder, so it cannot give two articles one address from two folders.',
    },
  },
  {
    name: 'broken MDX syntax',
    change: (e) => e.replace(ARTICLE, 'Nội dung bài mẫu.', 'Nội dung <Quote source="x">chưa đóng thẻ.'),
    expect: ['bai-mau.mdx'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, body: { markdown: 'Nội dung <Quote source="x">chưa đóng thẻ.' } },
        refused: { text: '• Dòng 8: khối <Quote> chưa được đóng đúng chỗ' },
      },
    },
  },
  {
    name: "a body expression that reads the build machine's environment",
    change: addToBody('Thư mục nhà: {process.env.HOME}'),
    expect: [ARTICLE, `Dòng ${BODY_LINE} («{process.env.HOME}»): phần trong dấu ngoặc nhọn { } là mã chương trình`],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, body: { markdown: 'Thư mục nhà: {process.env.HOME}' } },
        refused: { text: '«{process.env.HOME}»): phần trong dấu ngoặc nhọn { } là mã chương trình' },
      },
    },
  },
  {
    name: 'an export in a body',
    change: addToBody('export const duongDan = process.env.PATH'),
    expect: [
      ARTICLE,
      `Dòng ${BODY_LINE} («export const duongDan = process.env.PATH»): dòng bắt đầu bằng "import" hoặc "export" là mã chương trình`,
    ],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, body: { markdown: 'export const duongDan = process.env.PATH' } },
        refused: { text: 'dòng bắt đầu bằng "import" hoặc "export" là mã chương trình' },
      },
    },
  },
  {
    name: 'a script tag in a body',
    change: addToBody('<script>alert(document.cookie)</script>'),
    expect: [ARTICLE, `Dòng ${BODY_LINE} («<script>alert(document.cookie)</script>»): thẻ <script> không dùng được trong bài`],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, body: { markdown: '<script>alert(document.cookie)</script>' } },
        refused: { text: 'thẻ <script> không dùng được trong bài' },
      },
    },
  },
  {
    name: 'an event handler in a body',
    change: addToBody('<Quote source="A" onClick="x()">Lời.</Quote>'),
    expect: [ARTICLE, `Dòng ${BODY_LINE} («<Quote source="A" onClick="x()">Lời.</Quote>»): <Quote> không có thuộc tính "onClick"`],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, body: { markdown: '<Quote source="A" onClick="x()">Lời.</Quote>' } },
        refused: { text: '<Quote> không có thuộc tính "onClick"' },
      },
    },
  },
  {
    name: 'an unknown component',
    change: (e) => e.replace(ARTICLE, 'Nội dung bài mẫu.', '<Qoute source="x">Lời Bác</Qoute>'),
    expect: ['Qoute'],
    form: {
      routine: {
        open: { collection: 'articles' },
        values: { ...NEW_ARTICLE, body: { markdown: '<Qoute source="x">Lời Bác</Qoute>' } },
        refused: { text: 'không có thành phần <Qoute>' },
      },
    },
  },
];
