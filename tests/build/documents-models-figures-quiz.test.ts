/**
 * The documents, models, figures and quiz sections of the built site, checked against the
 * content files read independently of Astro.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { builtPage, distDir, fileForPath } from '../support/dist';
import {
  attachmentPath,
  chartPath,
  documentPath,
  documentTypePath,
  documentYearPath,
  modelFieldPath,
  modelLocalityPath,
  modelPath,
  questionPath,
  radioTextPath,
  sections,
} from '../../src/lib/routes';
import { shareImagePath } from '../../src/lib/share-image/paths';
import { slugify } from '../../src/lib/slug';
import { curlyQuotes } from '../../src/lib/typography';
import { contentDir, publishedEntries } from '../support/content-files';

type Data = Record<string, unknown>;
interface Entry {
  id: string;
  file: string;
  data: Data;
}

const hrefs = (sitePath: string, selector: string) =>
  builtPage(sitePath)
    .root.querySelectorAll(selector)
    .map((link) => link.getAttribute('href') ?? '');
const documents = publishedEntries('documents');
const models = publishedEntries('models');
const charts = publishedEntries('charts', /\.ya?ml$/);
const questions = publishedEntries('questions');
const localities = parseYamlText(readFileSync(path.join(contentDir, 'localities.yaml'), 'utf8')) as { id: string; parent?: string }[];
const parentOf = new Map(localities.map((locality) => [locality.id, locality.parent]));
const yearOf = (document: Entry) => Number(document.data.year ?? String(document.data.issued).slice(0, 4));

describe('the menu', () => {
  it('links every new section from every page’s main navigation', () => {
    const nav = hrefs('/', 'nav.site-nav a');
    for (const section of [sections.documents, sections.models, sections.figures, sections.quiz]) expect(nav).toContain(section);
  });
});

describe('Văn bản – Tài liệu', () => {
  it('has sample content to check', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it('lists every published document, newest year first', () => {
    const listed = hrefs(sections.documents, '[data-facet-list] a');
    expect([...listed].sort()).toEqual(documents.map((document) => documentPath(document.id)).sort());
    const years = listed.map((href) => yearOf(documents.find((document) => documentPath(document.id) === href) as Entry));
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it.each(documents.map((document) => [document.id, document] as const))(
    '%s: page, attachment served byte for byte, radio text, share image',
    (_id, document) => {
      const page = builtPage(documentPath(document.id));
      expect(page.root.querySelector('h1')?.text).toBe(document.data.title);
      expect(page.root.querySelector('[data-pagefind-body]')).not.toBeNull();
      const attachment = document.data.attachment as { file: string };
      const name = path.basename(attachment.file);
      expect(page.root.querySelector('[data-attachment]')?.getAttribute('href')).toBe(attachmentPath(document.id, name));
      const served = fileForPath(attachmentPath(document.id, name));
      expect(served && readFileSync(served).equals(readFileSync(path.resolve(path.dirname(document.absolutePath), attachment.file)))).toBe(
        true,
      );
      if (document.data.number) expect(page.root.querySelector('.fact-list')?.text).toContain(String(document.data.number));
      expect(fileForPath(radioTextPath(documentPath(document.id)))).toBeDefined();
      expect(existsSync(path.join(distDir, shareImagePath(documentPath(document.id))))).toBe(true);
    },
  );

  it('files each document under its type and its year, on static pages', () => {
    for (const document of documents) {
      const href = documentPath(document.id);
      expect(hrefs(documentTypePath(slugify(String(document.data.type))), '[data-facet-list] a')).toContain(href);
      expect(hrefs(documentYearPath(yearOf(document)), '[data-facet-list] a')).toContain(href);
    }
  });

  it('offers the same values in the no-reload filter as the static pages', () => {
    const options = (name: string) =>
      builtPage(sections.documents)
        .root.querySelectorAll(`select[name="${name}"] option`)
        .map((option) => option.getAttribute('value'))
        .filter(Boolean);
    expect(options('loai').sort()).toEqual([...new Set(documents.map((document) => slugify(String(document.data.type))))].sort());
    expect(options('nam').map(Number)).toEqual([...new Set(documents.map(yearOf))].sort((a, b) => b - a));
  });
});

describe('Mô hình hay, cách làm mới', () => {
  /** Where a model runs: its locality and where it was replicated, each with the levels above it but not the province. */
  const placesOf = (model: Entry) =>
    [String(model.data.locality), ...((model.data.replicatedIn as string[] | undefined) ?? [])].flatMap((id) => {
      const chain: string[] = [];
      for (let current: string | undefined = id; current; current = parentOf.get(current)) chain.push(current);
      return chain.filter((place, index) => index === 0 || parentOf.get(place) !== undefined);
    });

  it('has sample content to check', () => {
    expect(models.length).toBeGreaterThan(0);
  });

  it.each(models.map((model) => [model.id, model] as const))(
    '%s: page with facts, results, sample label, related links, radio text, share image',
    (_id, model) => {
      const page = builtPage(modelPath(model.id));
      expect(page.root.querySelector('h1')?.text).toBe(model.data.name);
      for (const result of model.data.results as string[]) expect(page.root.querySelector('[data-pagefind-body]')?.text).toContain(result);
      expect(page.root.querySelector('.sample-note') !== null).toBe(model.data.sample === true);
      const related = page.root.querySelectorAll('.related-links a').map((link) => link.getAttribute('href'));
      for (const exemplar of (model.data.relatedExemplars as string[] | undefined) ?? [])
        expect(related).toContain(`${sections.exemplars}${exemplar}/`);
      for (const article of (model.data.relatedArticles as string[] | undefined) ?? [])
        expect(related).toContain(`${sections.articles}${article}/`);
      expect(fileForPath(radioTextPath(modelPath(model.id)))).toBeDefined();
      expect(existsSync(path.join(distDir, shareImagePath(modelPath(model.id))))).toBe(true);
    },
  );

  it('lists a model on the page of every place it runs and of its field, and nowhere else', () => {
    const places = new Set(models.flatMap(placesOf));
    for (const place of places) {
      const expected = models.filter((model) => placesOf(model).includes(place)).map((model) => modelPath(model.id));
      expect(hrefs(modelLocalityPath(place), '[data-facet-list] a').sort()).toEqual(expected.sort());
    }
    for (const field of new Set(models.map((model) => slugify(String(model.data.field))))) {
      const expected = models.filter((model) => slugify(String(model.data.field)) === field).map((model) => modelPath(model.id));
      expect(hrefs(modelFieldPath(field), '[data-facet-list] a').sort()).toEqual(expected.sort());
    }
  });
});

describe('Số liệu', () => {
  it('has every chart on the list and on a page of its own with its share image', () => {
    expect(charts.length).toBeGreaterThan(0);
    expect(
      builtPage(sections.figures)
        .root.querySelectorAll('[data-chart]')
        .map((chart) => chart.getAttribute('data-chart'))
        .sort(),
    ).toEqual(charts.map((chart) => chart.id).sort());
    for (const chart of charts) expect(existsSync(path.join(distDir, shareImagePath(chartPath(chart.id))))).toBe(true);
  });

  it.each(charts.map((chart) => [chart.id, chart] as const))(
    '%s: an SVG bar per figure and a table with the report’s qualifiers, no script',
    (_id, chart) => {
      const page = builtPage(chartPath(chart.id));
      const figure = page.root.querySelector('[data-chart]');
      const bars = chart.data.bars as { value: number; qualifier?: string }[];
      expect(figure?.querySelectorAll('svg rect')).toHaveLength(bars.length);
      expect(figure?.querySelector('svg style')).toBeNull();
      const cells = figure?.querySelectorAll('td').map((cell) => cell.text) ?? [];
      for (const bar of bars) {
        const number = new Intl.NumberFormat('vi-VN').format(bar.value);
        expect(cells.some((cell) => cell.startsWith(bar.qualifier ? `${bar.qualifier} ${number}` : number))).toBe(true);
      }
      expect(figure?.text).toContain(String(chart.data.source));
      if (chart.data.note) expect(figure?.text).toContain(String(chart.data.note));
      expect(figure?.querySelector('script')).toBeNull();
    },
  );
});

describe('Thi tìm hiểu', () => {
  const quiz = questions.filter((question) => question.data.quiz);
  const page = builtPage(sections.quiz);
  const items = page.root.querySelectorAll('[data-quiz-question]');

  it('asks every weekly question that has choices, with the right answer and a link to the full answer', () => {
    expect(quiz.length).toBeGreaterThan(0);
    expect(items).toHaveLength(quiz.length);
    for (const question of quiz) {
      const href = questionPath(Number(question.data.year), Number(question.data.week));
      const item = items.find((li) => li.querySelector(`a[href="${href}"]`) !== null);
      const { choices, correct } = question.data.quiz as { choices: string[]; correct: number };
      expect(item?.getAttribute('data-correct')).toBe(String(correct));
      // The schemas turn straight and « » quote marks into curly ones.
      expect(item?.querySelectorAll('input[type="radio"]').map((input) => input.parentNode?.text.trim())).toEqual(choices.map(curlyQuotes));
      expect(item?.text).toContain(curlyQuotes((question.data.quote as { source: string }).source));
    }
  });

  it('sends nothing anywhere: no form to submit', () => {
    expect(page.root.querySelectorAll('main form')).toHaveLength(0);
  });
});
