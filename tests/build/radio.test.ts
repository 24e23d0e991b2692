/**
 * The radio versions on the built site: every item has its radio page and .txt, every week with
 * a question has its programme and .txt; each .txt is what the page's copy button copies, in the
 * format Notepad and phones read (UTF-8 BOM, CRLF), with nothing left for the announcer to decode
 * (no digit, no known abbreviation), and every duration shown agrees with the configured pace.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { builtPage, builtPages, distDir, listFiles, type BuiltPage } from '../support/dist';
import { estimateSeconds, formatDuration } from '../../src/lib/radio/duration';
import { compareWithTarget } from '../../src/lib/radio/programme';
import {
  articlePath,
  exemplarPath,
  programmePath,
  questionPath,
  radioPath,
  radioTextPath,
  sections,
  storyPath,
} from '../../src/lib/routes';
import { slugFromFileName } from '../../src/lib/slug';
import { siteConfig } from '../../src/site.config';
import { contentDir, publishedEntries } from '../support/content-files';

const pace = { syllablesPerMinute: siteConfig.radioSyllablesPerMinute, paragraphPauseSeconds: siteConfig.radioParagraphPauseSeconds };

type Data = Record<string, unknown>;

const yamlList = (file: string) => (parseYamlText(readFileSync(path.join(contentDir, 'radio', file), 'utf8')) ?? []) as { id: string }[];
const abbreviations = yamlList('viet-tat.yaml').map((entry) => String(entry.id));
const siteKeep = yamlList('giu-nguyen.yaml').map((entry) => String(entry.id));
const keepOf = (data: Data) => ((data.radio as { keep?: string[] } | undefined)?.keep ?? []).map(String);

const questions = publishedEntries('questions');
/** Item page path → the tokens its editor marked to keep. */
const itemKeep = new Map<string, string[]>([
  ...publishedEntries('articles').map(({ file, data }) => [articlePath(slugFromFileName(file)), keepOf(data)] as const),
  ...publishedEntries('stories').map(
    ({ file, data }) => [storyPath(String(data.collection), slugFromFileName(file)), keepOf(data)] as const,
  ),
  ...publishedEntries('exemplars').map(({ file, data }) => [exemplarPath(slugFromFileName(file)), keepOf(data)] as const),
  ...questions.map(({ data }) => [questionPath(Number(data.year), Number(data.week)), keepOf(data)] as const),
]);

const meta = (page: BuiltPage, key: string) => page.root.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
const itemPages = builtPages().filter((page) => meta(page, 'og:type') === 'article' && !page.path.endsWith('/ban-doc/'));
const programmePages = builtPages().filter((page) => /^\/phat-thanh\/\d{4}\/tuan-\d{2}\/$/.test(page.path));

/** The .txt at a site path, as bytes decoded to text. */
const readText = (sitePath: string) => readFileSync(path.join(distDir, sitePath), 'utf8');
/** A .txt's content as the page holds it: without the BOM, with LF line ends. */
const plain = (file: string) => file.replace(/^\uFEFF/u, '').replace(/\r\n/gu, '\n');
/** The script a page holds. */
const scriptOf = (page: BuiltPage) => page.root.querySelector('[data-radio-text]')?.text ?? '';
/** The text with the kept tokens (whole words) removed. */
function withoutKept(text: string, keep: readonly string[]): string {
  return [...keep].sort((a, b) => b.length - a.length).reduce((rest, token) => rest.replace(wholeWord(token), ' '), text);
}
function wholeWord(token: string): RegExp {
  const escaped = token.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const start = /[\p{L}\p{N}]/u.test(token[0] ?? '') ? '(?<![\\p{L}\\p{N}])' : '';
  const end = /[\p{L}\p{N}]/u.test(token.at(-1) ?? '') ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${start}${escaped}${end}`, 'gu');
}
/** An element's text with its no-break spaces (a number keeps its unit on screen) as plain ones. */
const shownText = (element: { text: string } | null | undefined) => element?.text.replace(/\u00a0/gu, ' ');
/** The "khoảng …" label inside a piece of text, its no-break spaces as plain ones. */
const durationIn = (text: string) => /khoảng\s\d+\s(?:giây|phút(?:\s\d+\sgiây)?|giờ(?:\s\d+\sphút)?)/u.exec(text)?.[0].replace(/\s/gu, ' ');
const shownSeconds = (txt: string) => estimateSeconds(plain(txt), pace);

/** Every .txt on the site with the page that holds its script and the tokens it may keep. */
const texts = [
  ...itemPages.map((page) => ({
    path: radioTextPath(page.path),
    holder: radioPath(page.path),
    keep: [...siteKeep, ...(itemKeep.get(page.path) ?? [])],
  })),
  ...programmePages.map((page) => ({
    path: radioTextPath(page.path),
    holder: page.path,
    keep: [
      ...siteKeep,
      ...page.root.querySelectorAll('[data-programme-segments] a').flatMap((link) => itemKeep.get(link.getAttribute('href') ?? '') ?? []),
    ],
  })),
];

describe('radio versions exist', () => {
  it('has items of every kind and a programme per weekly question', () => {
    for (const prefix of ['/bai-viet/', '/ke-chuyen-bac-ho/', '/tam-guong-binh-di/', '/cau-hoi-hang-tuan/']) {
      expect(
        itemPages.some((page) => page.path.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(programmePages.map((page) => page.path).sort()).toEqual(
      questions.map(({ data }) => programmePath(Number(data.year), Number(data.week))).sort(),
    );
  });

  it.each(itemPages.map((page) => [page.path]))('%s has its radio page and its .txt', (itemPath) => {
    expect(builtPage(radioPath(itemPath)).root.querySelector('[data-radio-text]')).not.toBeNull();
    expect(existsSync(path.join(distDir, radioTextPath(itemPath)))).toBe(true);
  });

  it('writes a .txt for every script and no other', () => {
    const written = listFiles(distDir)
      .filter((file) => file.endsWith('ban-doc.txt'))
      .map((file) => `/${file}`)
      .sort();
    expect(written).toEqual(texts.map((text) => text.path).sort());
    const named = builtPages().flatMap((page) =>
      page.root.querySelectorAll('[data-radio-text]').map((element) => element.getAttribute('data-radio-text-file')),
    );
    expect(named.sort()).toEqual(written);
  });
});

describe.each(texts.map((text) => [text.path, text] as const))('%s', (_, { path: txtPath, holder, keep }) => {
  const file = readText(txtPath);
  const spoken = withoutKept(plain(file), keep);

  it('is UTF-8 with a BOM and CRLF line ends only', () => {
    expect(file.startsWith('\uFEFF')).toBe(true);
    expect(file.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    expect(file).toContain('\r\n\r\n');
  });

  it('is exactly the script on its page, which the copy button copies', () => {
    const page = builtPage(holder);
    expect(plain(file)).toBe(scriptOf(page));
    expect(page.root.querySelector('a[download]')?.getAttribute('href')).toBe(txtPath);
  });

  it('has no digit and no known abbreviation left, except tokens the editor keeps', () => {
    expect(spoken).not.toMatch(/[0-9]/u);
    expect(abbreviations.filter((abbreviation) => wholeWord(abbreviation).test(spoken))).toEqual([]);
  });

  it('has no symbol an announcer would have to decode', () => {
    expect(spoken.match(/[^\p{L}\p{M}\s.,;:!?…“”"'‘’()«»–—-]/gu) ?? []).toEqual([]);
  });
});

describe('durations agree with the reading pace', () => {
  it.each(itemPages.map((page) => [page.path, page] as const))('%s and its radio page', (itemPath, page) => {
    const expected = formatDuration(shownSeconds(readText(radioTextPath(itemPath))));
    expect(shownText(builtPage(radioPath(itemPath)).root.querySelector('[data-radio-duration]'))).toBe(expected);
    expect(durationIn(page.root.querySelector('.radio-link')?.text ?? '')).toBe(expected);
  });

  it.each(programmePages.map((page) => [page.path, page] as const))('programme %s: total, segments and target', (programme, page) => {
    const seconds = shownSeconds(readText(radioTextPath(programme)));
    expect(shownText(page.root.querySelector('[data-radio-duration]'))).toBe(formatDuration(seconds));
    expect(shownText(page.root.querySelector('[data-programme-target]'))?.trim()).toBe(
      compareWithTarget(seconds, siteConfig.radioProgrammeMinutes * 60).label,
    );
    const segments = page.root
      .querySelectorAll('[data-segment-seconds]')
      .map((element) => Number(element.getAttribute('data-segment-seconds')));
    expect(segments.length).toBeGreaterThanOrEqual(3);
    expect(segments.reduce((total, segment) => total + segment, 0)).toBeCloseTo(seconds, 1);
  });
});

describe('weekly programmes', () => {
  const index = builtPage(sections.radio);
  const listed = index.root.querySelectorAll('[data-programme-list] li');

  it('are listed newest first, each with its total and no staff wording that contradicts the intro', () => {
    const hrefs = listed.map((item) => item.querySelector('a')?.getAttribute('href') ?? '');
    expect(hrefs).toEqual(
      programmePages
        .map((page) => page.path)
        .sort()
        .reverse(),
    );
    for (const item of listed) {
      const page = builtPage(item.querySelector('a')?.getAttribute('href') ?? '');
      expect(item.querySelector('[data-radio-duration]')?.text).toBe(page.root.querySelector('[data-radio-duration]')?.text);
      expect(item.querySelector('[data-programme-target]')).toBeNull();
      expect(item.text).not.toMatch(/mục tiêu/u);
    }
  });

  it.each(questions.map(({ data }) => [programmePath(Number(data.year), Number(data.week)), data] as const))(
    '%s reads its question, and the question’s first related story and exemplar when it has them',
    (programme, data) => {
      const links = builtPage(programme)
        .root.querySelectorAll('[data-programme-segments] a')
        .map((link) => link.getAttribute('href') ?? '');
      expect(links[0]).toBe(questionPath(Number(data.year), Number(data.week)));
      expect(links.filter((link) => link.startsWith(sections.stories))).toHaveLength(1);
      expect(links.filter((link) => link.startsWith(sections.exemplars))).toHaveLength(1);
      const story = (data.relatedStories as string[] | undefined)?.[0];
      if (story) expect(links.some((link) => link.endsWith(`/${story}/`) && link.startsWith(sections.stories))).toBe(true);
      const exemplar = (data.relatedExemplars as string[] | undefined)?.[0];
      if (exemplar) expect(links).toContain(exemplarPath(exemplar));
    },
  );
});

describe('/phat-thanh/ in the words of its intro', () => {
  it('speaks of a broadcast slot, as the intro does, and never of a “mục tiêu”', () => {
    const index = builtPage(sections.radio);
    expect(shownText(index.root.querySelector('.lead'))).toMatch(/khung phát sóng \d+ phút/u);
    const programmes = builtPages().filter((page) => /^\/phat-thanh\/\d{4}\/tuan-\d{2}\/$/u.test(page.path));
    expect(programmes.length).toBeGreaterThan(0);
    // The programme's own words (its script) may say "mục tiêu"; the page around it may not.
    const pageWords = (page: (typeof programmes)[number]) => {
      const main = page.root.querySelector('main')?.clone() as ReturnType<typeof page.root.querySelector>;
      for (const script of main?.querySelectorAll('[data-radio-text]') ?? []) script.remove();
      return main?.text ?? '';
    };
    for (const page of [index, ...programmes]) expect(pageWords(page), page.path).not.toMatch(/mục tiêu/u);
    for (const page of programmes)
      expect(shownText(page.root.querySelector('[data-programme-target]')) ?? '', page.path).toMatch(/khung \d+ phút/u);
  });
});
