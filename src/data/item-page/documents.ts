/** The route data of every document page. */
import { ui } from '../../i18n/ui';
import { documentLabel, documentShortName, documentYear } from '../../lib/documents';
import { documentPath, sections } from '../../lib/routes';
import type { Catalog } from '../catalog';
import { radioItemFor } from '../radio-items';
import { itemArticleLd, pageBase } from './base';
import type { DocumentPage } from './types';

/**
 * Document pages, newest first; documents have no previous/next links. A document is named by
 * its type and number ("Chỉ thị 05-CT/TW") wherever it is shared: the share image, the shared
 * title, the structured data's headline; its trail names it short, with its year.
 */
export function documentPages(catalog: Catalog): DocumentPage[] {
  return catalog.documents.map((document): DocumentPage => {
    const { title, description, type, pubDate, issued } = document.data;
    const label = documentLabel(document.data);
    const shareTitle = `${label}: ${title}`;
    const base = pageBase(documentPath(document.id), title, description, pubDate, undefined);
    return {
      kind: 'document',
      entry: document,
      params: { slug: document.id },
      ...base,
      shareTitle,
      shareKind: label,
      eyebrow: { text: label },
      lead: description,
      crumbs: [
        { name: ui.nav.documents, path: sections.documents },
        { name: documentShortName(document.data), path: base.path },
      ],
      shareSummary: description,
      attachmentBytes: catalog.attachments.get(document.id)?.bytes ?? 0,
      related: [],
      search: { kind: 'document', date: pubDate, shownDate: issued ?? documentYear(document.data), years: [documentYear(document.data)] },
      radio: { item: radioItemFor(document), summary: description },
      structuredData: async () => [itemArticleLd(base, { headline: shareTitle, section: type })],
    };
  });
}
