/** The document list's facets: type (in the schema's order) and year. */
import { ui } from '../../i18n/ui';
import { documentYear } from '../../lib/documents';
import { facetOptions } from '../../lib/facet-options';
import { documentTypePath, documentYearPath, sections } from '../../lib/routes';
import { slugify } from '../../lib/slug';
import { listSummary } from '../../lib/text';
import { documentTypes } from '../../schemas/document';
import type { Document } from '../catalog';
import { sectionPaths } from '../reusable-paths';
import { yearDimension } from './dimensions';
import type { SectionFacets } from './types';

/** The document list's dimensions, as in the URL query: ?loai=…&nam=… */
export type DocumentDimension = 'loai' | 'nam';

const text = (dimension: DocumentDimension) => ({
  linksHeading: ui.documents.byDimension[dimension],
  select: { label: ui.documents.dimensions[dimension], anyValue: ui.documents.anyValue[dimension] },
});

const typeNames = new Map(documentTypes.map((type) => [slugify(type), type]));
const typeOrder = [...typeNames.keys()];
const typeSlugs = (document: Document) => [slugify(document.data.type)];

/** How documents are filed, listed and filtered. */
export const documentFacets: SectionFacets<Document, DocumentDimension> = {
  section: { name: ui.nav.documents, path: sections.documents },
  dimensions: {
    loai: {
      ...text('loai'),
      slugsOf: typeSlugs,
      optionsOf: (documents) =>
        facetOptions(
          documents,
          (document) => ({ loai: typeSlugs(document) }),
          'loai',
          (slug) => typeNames.get(slug) ?? slug,
        ).sort((a, b) => typeOrder.indexOf(a.slug) - typeOrder.indexOf(b.slug)),
      pathOf: documentTypePath,
      titleOf: ui.documents.ofType,
    },
    nam: yearDimension((document) => [documentYear(document.data)], {
      ...text('nam'),
      pathOf: documentYearPath,
      titleOf: ui.documents.inYear,
    }),
  },
  count: ui.documents.count,
  allLabel: ui.documents.all,
  describe: (documents) =>
    listSummary(
      ui.documents.count(documents.length),
      documents.map((document) => document.data.title),
      { shown: 3, separator: '; ' },
    ),
  keyPaths: (paths) => sectionPaths('documents', paths),
};
