import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, checkSave } from '../../../src/lib/content-check/check-content';
import { withFile, type ContentSnapshot } from '../../../src/lib/content-check/snapshot';
import { readSnapshot } from '../../../src/data/content-snapshot';
import { siteCheckOptions } from '../../../src/schemas/check';

const FIXTURE = path.resolve('tests/fixtures/valid-content');
const options = siteCheckOptions(new Date('2026-12-07T00:00:00Z'));
const at = (file: string) => `valid-content/${file}`;

let fixture: ContentSnapshot;
beforeAll(async () => {
  fixture = await readSnapshot(FIXTURE, path.dirname(FIXTURE));
});

/** The fixture with one file's text changed. */
const edited = (file: string, change: (text: string) => string): ContentSnapshot => {
  const current = fixture.files.get(at(file));
  if (!current?.text) throw new Error(`no ${file} in the fixture`);
  const text = change(current.text);
  return withFile(fixture, { path: at(file), bytes: text.length, text });
};

describe('checkContent', () => {
  it('accepts the valid fixture and reads every entry', () => {
    const result = checkContent(fixture, options);
    expect(result.problems).toEqual([]);
    expect(new Set(result.entries.map((entry) => entry.collection))).toEqual(
      new Set([
        'articles',
        'charts',
        'documents',
        'exemplars',
        'models',
        'questions',
        'stories',
        'storyCollections',
        'localities',
        'highlights',
        'radioAbbreviations',
        'radioKeepWords',
      ]),
    );
  });

  it('reports mistakes in three files of three kinds at once, each with its file and field', () => {
    let snapshot = edited('articles/bai-mau.mdx', (text) => text.replace(/^title: .*\n/m, ''));
    snapshot = withFile(snapshot, {
      ...snapshot.files.get(at('charts/bieu-do-mau.yaml'))!,
      text: snapshot.files.get(at('charts/bieu-do-mau.yaml'))!.text!.replace('value: 1200', 'value: "hơn 1.200"'),
    });
    const exemplar = snapshot.files.get(at('exemplars/tam-guong-mau.mdx'))!;
    snapshot = withFile(snapshot, { ...exemplar, text: exemplar.text!.replace('kind: cá nhân', 'kind: gia đình') });
    const problems = checkContent(snapshot, options).problems;
    expect(problems.map(({ file, field }) => [file, field])).toEqual([
      [at('articles/bai-mau.mdx'), 'title'],
      [at('charts/bieu-do-mau.yaml'), 'bars[0].value'],
      [at('exemplars/tam-guong-mau.mdx'), 'kind'],
    ]);
  });

  it('accepts a shared image ("/anh/x.jpg") that exists in content/anh/, and refuses one that does not or another site\'s', () => {
    const withShared = (src: string) =>
      withFile(
        edited('articles/bai-mau.mdx', (text) => text.replace('./anh/bia.jpg', src)),
        { path: at('anh/chung.jpg'), bytes: 2048 },
      );
    expect(checkContent(withShared('/anh/chung.jpg'), options).problems).toEqual([]);
    expect(checkContent(withShared('/anh/khong-co.jpg'), options).problems).toEqual([
      {
        file: at('articles/bai-mau.mdx'),
        field: 'cover.src',
        message: expect.stringContaining('Không tìm thấy tệp ảnh "/anh/khong-co.jpg"'),
      },
    ]);
    expect(checkContent(withShared('https://trang-khac.vn/anh.jpg'), options).problems).toEqual([
      { file: at('articles/bai-mau.mdx'), field: 'cover.src', message: expect.stringContaining('phải là một tệp trong thư mục nội dung') },
    ]);
  });

  it('refuses a body that would run code, naming the line of the file', () => {
    const problems = checkContent(
      edited('articles/bai-mau.mdx', (text) => `${text}\n{process.env.HOME}\n`),
      options,
    ).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^Dòng \d+ \(«\{process\.env\.HOME\}»\): phần trong dấu ngoặc nhọn/);
    const line = Number(/^Dòng (\d+)/.exec(problems[0]?.message ?? '')?.[1]);
    expect(fixture.files.get(at('articles/bai-mau.mdx'))?.text?.split('\n').length).toBe(line - 1);
  });
});

describe('checkSave', () => {
  const question = () => fixture.files.get(at('questions/2026/tuan-01.mdx'))!;

  it('refuses a new question for a week that already has one, on the new file', () => {
    const problems = checkSave(fixture, { ...question(), path: at('questions/2026/tuan-01-moi.mdx') }, options);
    expect(problems).toEqual([
      {
        file: at('questions/2026/tuan-01-moi.mdx'),
        message: expect.stringContaining('Trùng tuần với tệp valid-content/questions/2026/tuan-01.mdx'),
      },
    ]);
  });

  it('names what a save breaks elsewhere: a published page left linking to a story made a draft', () => {
    const story = fixture.files.get(at('stories/bo-mot/chuyen-mot.mdx'))!;
    const problems = checkSave(
      fixture,
      { ...story, text: story.text!.replace('pubDate: 2025-01-06', 'pubDate: 2025-01-06\ndraft: true') },
      options,
    );
    expect(problems.map(({ file, field }) => [file, field])).toEqual(
      expect.arrayContaining([[at('exemplars/tam-guong-mau.mdx'), 'relatedStories[0]']]),
    );
  });

  it('does not blame a save for problems other files already had', () => {
    const broken = edited('articles/bai-mau.mdx', (text) => text.replace(/^title: .*\n/m, ''));
    expect(checkSave(broken, question(), options)).toEqual([]);
  });
});
