/**
 * The models section ("Mô hình hay, cách làm mới") of the built site, checked against the
 * content files read independently of Astro: each model's page and the filter pages by place and field.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYamlText } from 'yaml';
import { builtPage, distDir, fileForPath, hrefsOn } from '../support/dist';
import { modelFieldPath, modelLocalityPath, modelPath, radioTextPath, sections } from '../../src/lib/routes';
import { shareImagePath } from '../../src/lib/share-image/paths';
import { slugify } from '../../src/lib/slug';
import { contentDir, publishedEntries, type ContentEntry } from '../support/content-files';

const models = publishedEntries('models');
const localities = parseYamlText(readFileSync(path.join(contentDir, 'localities.yaml'), 'utf8')) as { id: string; parent?: string }[];
const parentOf = new Map(localities.map((locality) => [locality.id, locality.parent]));

describe('Mô hình hay, cách làm mới', () => {
  /** Where a model runs: its locality and where it was replicated, each with the levels above it but not the province. */
  const placesOf = (model: ContentEntry) =>
    [String(model.data.locality), ...((model.data.replicatedIn as string[] | undefined) ?? [])].flatMap((id) => {
      const chain: string[] = [];
      for (let current: string | undefined = id; current; current = parentOf.get(current)) chain.push(current);
      return chain.filter((place, index) => index === 0 || parentOf.get(place) !== undefined);
    });

  it('has sample content to check', () => {
    expect(models.length).toBeGreaterThan(0);
  });

  it('states the reported total of models only from the headline figure marked as it', () => {
    const highlights = parseYamlText(readFileSync(path.join(contentDir, 'highlights.yaml'), 'utf8')) as Record<string, unknown>[];
    const total = highlights.find((figure) => figure.modelsTotal === true);
    const note = builtPage(sections.models).root.querySelector('main .muted')?.text ?? '';
    if (!total) return expect(note).not.toMatch(/Trang này giới thiệu dần/);
    expect(note).toContain(`${String(total.value)} ${String(total.label)}`);
    if (total.source) expect(note).toContain(String(total.source));
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
      expect(hrefsOn(modelLocalityPath(place), '[data-facet-list] a').sort()).toEqual(expected.sort());
    }
    for (const field of new Set(models.map((model) => slugify(String(model.data.field))))) {
      const expected = models.filter((model) => slugify(String(model.data.field)) === field).map((model) => modelPath(model.id));
      expect(hrefsOn(modelFieldPath(field), '[data-facet-list] a').sort()).toEqual(expected.sort());
    }
  });
});
