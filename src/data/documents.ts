/** Document views: what each document is filed under (type, year) and the static filter pages' values. */
import { documentYear } from '../lib/documents';
import type { Facets } from '../lib/facet-filter';
import { facetOptions, type FacetOption } from '../lib/facet-options';
import { documentTypePath, documentYearPath } from '../lib/routes';
import { slugify } from '../lib/slug';
import { documentTypes } from '../schemas/document';
import type { Document } from './catalog';

/** The filter dimensions of the document list, as in the URL query: ?loai=…&nam=… */
export const documentDimensions = ['loai', 'nam'] as const;

/** One document filter dimension. */
export type DocumentDimension = (typeof documentDimensions)[number];

/** The slugs a document is filed under: its type and its year. */
export const documentFacets = (document: Document): Facets<DocumentDimension> => ({
  loai: [slugify(document.data.type)],
  nam: [String(documentYear(document.data))],
});

/** Path of the static page of one value. */
export const documentFilterPath = (dimension: DocumentDimension, slug: string): string =>
  dimension === 'loai' ? documentTypePath(slug) : documentYearPath(slug);

const typeNames = new Map(documentTypes.map((type) => [slugify(type), type]));

/** Types in the schema's order, years newest first. */
export function documentOptions(documents: readonly Document[], dimension: DocumentDimension): FacetOption<Document>[] {
  const options = facetOptions(documents, documentFacets, dimension, (slug) => typeNames.get(slug) ?? slug);
  const typeOrder = [...typeNames.keys()];
  return options.sort((a, b) =>
    dimension === 'loai' ? typeOrder.indexOf(a.slug) - typeOrder.indexOf(b.slug) : Number(b.slug) - Number(a.slug),
  );
}
