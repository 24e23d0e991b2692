/**
 * The editors' contract: each mistake stops the build with a message naming the file,
 * the field and what is wrong, in Vietnamese, and no page is written. The mistakes are listed in
 * tests/support/bad-input-cases.ts, which the editor's browser suite makes in the form too.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addContest, addToBody, ARTICLE, BODY_LINE, badInputCases, CHART, CONTEST, EXEMPLAR, MODEL, read } from '../support/bad-input-cases';
import { buildFixture, buildFixtureSteps } from '../support/fixture-build';

describe('bad input stops the build with a clear message', () => {
  it.concurrent.each(badInputCases)('$name', async ({ change, expect: fragments }) => {
    const build = await buildFixture(change);
    expect(build.code, build.output).not.toBe(0);
    for (const fragment of fragments) {
      if (typeof fragment === 'string') expect(build.output).toContain(fragment);
      else expect(build.output).toMatch(fragment);
    }
    expect(build.pages, 'no page may be published from a failed build').toEqual([]);
  });
});

describe('a contest round', () => {
  it.concurrent('without its deadline stops the build, naming the file and the field', async () => {
    const build = await buildFixture(addContest('cuoc-thi-mau', ''));
    expect(build.code, build.output).not.toBe(0);
    for (const fragment of [CONTEST, 'deadline', 'Thiếu trường bắt buộc']) expect(build.output).toContain(fragment);
    expect(build.pages).toEqual([]);
  });

  it.concurrent('and its winning work build their pages', async () => {
    const build = await buildFixture(addContest('cuoc-thi-mau'));
    expect(build.code, build.output).toBe(0);
    expect(build.pages).toEqual(expect.arrayContaining(['cuoc-thi/cuoc-thi-mau/index.html', 'cuoc-thi/tac-pham/tac-pham-mau/index.html']));
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
