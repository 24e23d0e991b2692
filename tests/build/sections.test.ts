/**
 * The story, exemplar, weekly question and "ngày này năm xưa" sections of the built site,
 * checked against the content files read independently of Astro.
 */
import { curlyQuotes } from '../../src/lib/typography';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { builtPage, builtPages, distDir, fileForPath, listFiles, type BuiltPage } from '../support/dist';
import { NEWEST_ORDER_FILE } from '../../src/lib/search/newest-order';
import { dayKey, parseIsoDate, toIsoDate } from '../../src/lib/dates';
import { isoWeekEnd, isoWeekStart } from '../../src/lib/iso-week';
import {
  collectionPath,
  exemplarFieldPath,
  exemplarKindPath,
  exemplarLocalityPath,
  exemplarPath,
  exemplarYearPath,
  onThisDayPath,
  questionPath,
  questionYearPath,
  sections,
  storyPath,
} from '../../src/lib/routes';
import { slugify } from '../../src/lib/slug';
import { compareVietnamese } from '../../src/lib/vietnamese';
import { contentDir, publishedEntries } from '../support/content-files';

type Data = Record<string, unknown>;
interface Entry {
  id: string;
  data: Data;
}

const str = (value: unknown) => String(value);
const stories = publishedEntries('stories');
const exemplars = publishedEntries('exemplars');
const questions = publishedEntries('questions');
const localities = parseYamlText(readFileSync(path.join(contentDir, 'localities.yaml'), 'utf8')) as { id: string; parent?: string }[];
const parentOf = new Map(localities.map((locality) => [locality.id, locality.parent]));

const storyUrl = (story: Entry) => storyPath(str(story.data.collection), story.id);
const questionUrl = (question: Entry) => questionPath(Number(question.data.year), Number(question.data.week));
const refs = (entry: Entry, field: string) => (entry.data[field] as string[] | undefined) ?? [];

/** hrefs of the links matched by a selector on a built page. */
const hrefs = (page: BuiltPage, selector: string) => page.root.querySelectorAll(selector).map((link) => link.getAttribute('href') ?? '');

/** Site paths of built pages matching a pattern. */
const pagesMatching = (pattern: RegExp) =>
  builtPages()
    .map((page) => page.path)
    .filter((sitePath) => pattern.test(sitePath))
    .sort();

describe('every published item has its page, and nothing else does', () => {
  it('has content to check', () => {
    expect(stories.length).toBeGreaterThan(0);
    expect(exemplars.length).toBeGreaterThan(0);
    expect(questions.length).toBeGreaterThan(0);
  });

  it('builds one page per story, titled with the story', () => {
    expect(pagesMatching(/^\/ke-chuyen-bac-ho\/(?!chu-de\/)[^/]+\/[^/]+\/$/)).toEqual(stories.map(storyUrl).sort());
    for (const story of stories) expect(builtPage(storyUrl(story)).root.querySelector('h1')?.text).toBe(str(story.data.title));
  });

  it('builds one page per exemplar, named with the exemplar', () => {
    const filters = /^\/tam-guong-binh-di\/(dia-ban|linh-vuc|loai|nam)\//;
    const profiles = pagesMatching(/^\/tam-guong-binh-di\/[^/]+\/$/).filter((sitePath) => !filters.test(sitePath));
    expect(profiles).toEqual(exemplars.map((exemplar) => exemplarPath(exemplar.id)).sort());
    for (const exemplar of exemplars)
      expect(builtPage(exemplarPath(exemplar.id)).root.querySelector('h1')?.text).toBe(str(exemplar.data.name));
  });

  it('builds one page per weekly question, with the answer behind a <details>', () => {
    expect(pagesMatching(/^\/cau-hoi-hang-tuan\/\d{4}\/tuan-\d{2}\/$/)).toEqual(questions.map(questionUrl).sort());
    for (const question of questions) {
      const page = builtPage(questionUrl(question));
      expect(page.root.querySelector('h1')?.text).toBe(curlyQuotes(str(question.data.question)));
      expect(page.root.querySelector('article details summary')?.text).toBe('Xem đáp án');
      expect(page.root.querySelector('article details:not([open])')).not.toBeNull();
    }
  });

  it('wraps item pages, and only them, in data-pagefind-body', () => {
    for (const sitePath of [...stories.map(storyUrl), ...questions.map(questionUrl), ...exemplars.map((e) => exemplarPath(e.id))]) {
      expect(builtPage(sitePath).root.querySelector('article[data-pagefind-body]'), sitePath).not.toBeNull();
    }
    for (const sitePath of [sections.stories, sections.exemplars, sections.questions, sections.onThisDay]) {
      expect(builtPage(sitePath).html, sitePath).not.toContain('data-pagefind-body');
    }
  });

  it('orders the indexed pages newest first in a file of their own, not in the page list every search loads', () => {
    const indexed = builtPages().filter((page) => page.html.includes('data-pagefind-body'));
    expect(indexed.some((page) => page.html.includes('data-pagefind-sort'))).toBe(false);
    const order = JSON.parse(readFileSync(path.join(distDir, 'pagefind', NEWEST_ORDER_FILE), 'utf8')) as string[];
    const fragments = listFiles(path.join(distDir, 'pagefind', 'fragment')).map((file) => path.basename(file, '.pf_fragment'));
    expect(order.toSorted()).toEqual(fragments.toSorted());
    expect(order).toHaveLength(indexed.length);
  });
});

describe('lists are in their documented order', () => {
  it('lists each collection’s stories by their order', () => {
    const collections = [...new Set(stories.map((story) => str(story.data.collection)))];
    for (const collection of collections) {
      const expected = stories
        .filter((story) => story.data.collection === collection)
        .sort((a, b) => Number(a.data.order) - Number(b.data.order))
        .map(storyUrl);
      expect(hrefs(builtPage(collectionPath(collection)), '[data-story-list] h2 a')).toEqual(expected);
      expect(hrefs(builtPage(expected[0] ?? ''), '.toc ol a')).toEqual(expected);
    }
    expect(hrefs(builtPage(sections.stories), '[data-collection-list] h3 a').sort()).toEqual(collections.map(collectionPath).sort());
  });

  it('marks the current story in its collection’s table of contents', () => {
    for (const story of stories) {
      expect(hrefs(builtPage(storyUrl(story)), '.toc [aria-current="page"]')).toEqual([storyUrl(story)]);
    }
  });

  it('lists exemplars newest first, then by name', () => {
    const expected = [...exemplars]
      .sort((a, b) => str(b.data.pubDate).localeCompare(str(a.data.pubDate)) || compareVietnamese(str(a.data.name), str(b.data.name)))
      .map((exemplar) => exemplarPath(exemplar.id));
    expect(hrefs(builtPage(sections.exemplars), '[data-facet-list] a')).toEqual(expected);
  });

  it('lists question years newest first and each year’s weeks from week 1 up', () => {
    const years = [...new Set(questions.map((question) => Number(question.data.year)))].sort((a, b) => b - a);
    expect(hrefs(builtPage(sections.questions), '[data-year-list] a')).toEqual(years.map(questionYearPath));
    for (const year of years) {
      const expected = questions
        .filter((question) => question.data.year === year)
        .sort((a, b) => Number(a.data.week) - Number(b.data.week))
        .map(questionUrl);
      expect(hrefs(builtPage(questionYearPath(year)), '[data-question-list] a')).toEqual(expected);
    }
  });

  it('shows the Monday–Sunday dates of each week on the year page', () => {
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      const week = { year: Number(question.data.year), week: Number(question.data.week) };
      const item = builtPage(questionYearPath(week.year))
        .root.querySelectorAll('[data-question-list] li')
        .find((li) => li.querySelector('a')?.getAttribute('href') === questionUrl(question));
      const shown = item?.querySelectorAll('time').map((time) => time.getAttribute('datetime'));
      expect(shown, questionUrl(question)).toEqual([toIsoDate(isoWeekStart(week)), toIsoDate(isoWeekEnd(week))]);
    }
  });

  it('shows the newest question on the home page', () => {
    const newest = [...questions].sort((a, b) => Number(b.data.year) - Number(a.data.year) || Number(b.data.week) - Number(a.data.week))[0];
    expect(hrefs(builtPage('/'), '.question-card a')).toContain(newest && questionUrl(newest));
  });
});

describe('links between stories, exemplars and questions', () => {
  const sectionPages = () =>
    builtPages().filter((page) =>
      [sections.stories, sections.exemplars, sections.questions, sections.onThisDay, '/'].some(
        (root) => page.path.startsWith(root) && (root !== '/' || page.path === '/'),
      ),
    );

  it('resolve to built pages', () => {
    const ownSections = [sections.stories, sections.exemplars, sections.questions, sections.onThisDay];
    const broken: string[] = [];
    for (const page of sectionPages()) {
      for (const href of hrefs(page, 'a[href]')) {
        const target = href.split(/[?#]/)[0] ?? '';
        if (!ownSections.some((root) => target.startsWith(root))) continue;
        if (!fileForPath(target)) broken.push(`${page.path} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  /** The published story a reference names; a reference to a missing story fails the test. */
  const storyOf = (id: string, from: string): Entry => {
    const story = stories.find((s) => s.id === id);
    expect(story, `${from} → story ${id}`).toBeDefined();
    return story as Entry;
  };
  const questionStories = questions.flatMap((question) =>
    refs(question, 'relatedStories').map((id) => ({ question, target: storyUrl(storyOf(id, questionUrl(question))) })),
  );
  const questionExemplars = questions.flatMap((question) =>
    refs(question, 'relatedExemplars').map((id) => ({ question, target: exemplarPath(id) })),
  );
  const exemplarStories = exemplars.flatMap((exemplar) =>
    refs(exemplar, 'relatedStories').map((id) => ({ exemplar: exemplarPath(exemplar.id), story: storyUrl(storyOf(id, exemplar.id)) })),
  );

  it('has related links to check: questions name stories, exemplars name stories', () => {
    expect(questionStories.length).toBeGreaterThan(0);
    expect(exemplarStories.length).toBeGreaterThan(0);
  });

  it('show each question’s related stories, and link back from the story', () => {
    for (const { question, target } of questionStories) {
      expect(hrefs(builtPage(questionUrl(question)), 'a[href]')).toContain(target);
      expect(hrefs(builtPage(target), 'a[href]')).toContain(questionUrl(question));
    }
  });

  // No weekly question of the sample content names an exemplar: this runs once one does.
  it.skipIf(questionExemplars.length === 0)('show each question’s related exemplars, and link back from the exemplar', () => {
    for (const { question, target } of questionExemplars) {
      expect(hrefs(builtPage(questionUrl(question)), 'a[href]')).toContain(target);
      expect(hrefs(builtPage(target), 'a[href]')).toContain(questionUrl(question));
    }
  });

  it('show each exemplar’s related stories, and link back from the story', () => {
    for (const { exemplar, story } of exemplarStories) {
      expect(hrefs(builtPage(exemplar), 'a[href]')).toContain(story);
      expect(hrefs(builtPage(story), 'a[href]')).toContain(exemplar);
    }
  });
});

describe('exemplar filter pages list exactly the exemplars whose data matches', () => {
  /** A locality and every level above it, except the province unless it is the exemplar's own. */
  const localityIds = (id: string) => {
    const chain = [id];
    for (let parent = parentOf.get(id); parent && parentOf.get(parent); parent = parentOf.get(parent)) chain.push(parent);
    return chain;
  };
  const years = (exemplar: Entry) => (exemplar.data.recognitions as { year: number }[]).map((recognition) => recognition.year);
  const dimensions: { name: string; pattern: RegExp; pathOf: (value: string) => string; valuesOf: (exemplar: Entry) => string[] }[] = [
    {
      name: 'địa bàn',
      pattern: /^\/tam-guong-binh-di\/dia-ban\/[^/]+\/$/,
      pathOf: exemplarLocalityPath,
      valuesOf: (e) => localityIds(str(e.data.locality)),
    },
    {
      name: 'lĩnh vực',
      pattern: /^\/tam-guong-binh-di\/linh-vuc\/[^/]+\/$/,
      pathOf: exemplarFieldPath,
      valuesOf: (e) => [slugify(str(e.data.field))],
    },
    {
      name: 'loại',
      pattern: /^\/tam-guong-binh-di\/loai\/[^/]+\/$/,
      pathOf: exemplarKindPath,
      valuesOf: (e) => [slugify(str(e.data.kind))],
    },
    {
      name: 'năm',
      pattern: /^\/tam-guong-binh-di\/nam\/\d{4}\/$/,
      pathOf: (year) => exemplarYearPath(Number(year)),
      valuesOf: (e) => years(e).map(String),
    },
  ];

  it('has kind pages at /loai/ca-nhan/ and /loai/tap-the/', () => {
    expect(pagesMatching(/^\/tam-guong-binh-di\/loai\//)).toEqual(
      [...new Set(exemplars.map((e) => exemplarKindPath(slugify(str(e.data.kind)))))].sort(),
    );
    expect(exemplarKindPath(slugify('cá nhân'))).toBe('/tam-guong-binh-di/loai/ca-nhan/');
  });

  for (const dimension of dimensions) {
    it(`by ${dimension.name}: one page per value, each listing exactly its exemplars in catalog order`, () => {
      const values = [...new Set(exemplars.flatMap(dimension.valuesOf))];
      expect(pagesMatching(dimension.pattern)).toEqual(values.map(dimension.pathOf).sort());
      const indexOrder = hrefs(builtPage(sections.exemplars), '[data-facet-list] a');
      for (const value of values) {
        const expected = exemplars.filter((e) => dimension.valuesOf(e).includes(value)).map((e) => exemplarPath(e.id));
        const listed = hrefs(builtPage(dimension.pathOf(value)), '[data-facet-list] a');
        expect(listed, dimension.pathOf(value)).toEqual(indexOrder.filter((href) => expected.includes(href)));
      }
    });
  }

  it('carries each card’s filter values as data attributes the script reads', () => {
    const cards = builtPage(sections.exemplars).root.querySelectorAll('[data-facet-list] > li');
    for (const card of cards) {
      const exemplar = exemplars.find((e) => exemplarPath(e.id) === card.querySelector('a')?.getAttribute('href')) as Entry;
      expect(exemplar).toBeDefined();
      expect(card.getAttribute('data-dia-ban')?.split(' ').sort()).toEqual(localityIds(str(exemplar.data.locality)).sort());
      expect(card.getAttribute('data-linh-vuc')).toBe(slugify(str(exemplar.data.field)));
      expect(card.getAttribute('data-loai')).toBe(slugify(str(exemplar.data.kind)));
    }
  });
});

describe('ngày này năm xưa', () => {
  const dated = [
    ...questions.map((q) => ({ date: str((q.data.onThisDay as Data).date), url: questionUrl(q) })),
    ...stories.filter((s) => s.data.date).map((s) => ({ date: str(s.data.date), url: storyUrl(s) })),
  ];

  it('has one page per calendar day with content, linking to each item of that day', () => {
    const days = [...new Set(dated.map(({ date }) => dayKey(parseIsoDate(date) ?? new Date(Number.NaN))))];
    expect(pagesMatching(/^\/ngay-nay-nam-xua\/\d{2}-\d{2}\/$/)).toEqual(days.map(onThisDayPath).sort());
    for (const { date, url } of dated) {
      expect(hrefs(builtPage(onThisDayPath(date.slice(5))), '[data-day-entries] a')).toContain(url);
    }
  });

  it('shows twelve months in order, each day once and in order', () => {
    const calendar = builtPage(sections.onThisDay).root.querySelector('[data-calendar]');
    expect(calendar?.querySelectorAll(':scope > li > h3').map((h) => h.text)).toEqual(
      Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
    );
    const days = hrefs(builtPage(sections.onThisDay), '[data-calendar] a');
    expect(days).toEqual([...new Set(days)].sort());
    expect(days.length).toBe(pagesMatching(/^\/ngay-nay-nam-xua\/\d{2}-\d{2}\/$/).length);
  });

  it('ships the data the "today" script reads: every day, every entry', () => {
    const json = builtPage(sections.onThisDay).root.querySelector('#on-this-day-data')?.text ?? '{}';
    const data = JSON.parse(json) as Record<string, { url: string; year: number }[]>;
    for (const { date, url } of dated) {
      expect(data[date.slice(5)]?.find((entry) => entry.url === url)?.year).toBe(Number(date.slice(0, 4)));
    }
  });
});

describe('scripts stay tiny', () => {
  /** Source of every module script on a page, inline or from its file. */
  const moduleScripts = (page: BuiltPage) =>
    page.root.querySelectorAll('script[type="module"]').map((script) => {
      const src = script.getAttribute('src');
      const file = src ? fileForPath(src) : undefined;
      return file ? readFileSync(file, 'utf8') : script.text;
    });

  it('keeps the list filter (exemplars, models, documents) under 2 KB', () => {
    const filter = moduleScripts(builtPage(sections.exemplars)).filter((source) => source.includes('data-facet-filter'));
    expect(filter).toHaveLength(1);
    expect(Buffer.byteLength(filter[0] ?? '')).toBeLessThan(2048);
  });

  it('keeps the "today" script under 2 KB', () => {
    const today = moduleScripts(builtPage(sections.onThisDay)).filter((source) => source.includes('on-this-day-data'));
    expect(today).toHaveLength(1);
    expect(Buffer.byteLength(today[0] ?? '')).toBeLessThan(2048);
  });
});
