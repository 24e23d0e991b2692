/**
 * The documents section ("Văn bản – Tài liệu") of the built site, checked against the content
 * files read independently of Astro: the list, each document's page and attachment, the filter pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, distDir, fileForPath, hrefsOn } from '../support/dist';
import { attachmentPath, documentPath, documentTypePath, documentYearPath, radioTextPath, sections } from '../../src/lib/routes';
import { shareImagePath } from '../../src/lib/share-image/paths';
import { slugify } from '../../src/lib/slug';
import { publishedEntries, type ContentEntry } from '../support/content-files';

const documents = publishedEntries('documents');
const yearOf = (document: ContentEntry) => Number(document.data.year ?? String(document.data.issued).slice(0, 4));

describe('Văn bản – Tài liệu', () => {
  it('has sample content to check', () => {
    expect(documents.length).toBeGreaterThan(0);
  });

  it('lists every published document, newest year first', () => {
    const listed = hrefsOn(sections.documents, '[data-facet-list] a');
    expect([...listed].sort()).toEqual(documents.map((document) => documentPath(document.id)).sort());
    const years = listed.map((href) => yearOf(documents.find((document) => documentPath(document.id) === href) as ContentEntry));
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
      expect(hrefsOn(documentTypePath(slugify(String(document.data.type))), '[data-facet-list] a')).toContain(href);
      expect(hrefsOn(documentYearPath(yearOf(document)), '[data-facet-list] a')).toContain(href);
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
