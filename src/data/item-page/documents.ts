/** Documents: the route data of every document page, how the radio reads a document, its feed entry. */
import type { RSSFeedItem } from '@astrojs/rss';
import { ui } from '../../i18n/ui';
import { documentLabel, documentShortName, documentYear } from '../../lib/documents';
import { documentPath, sections } from '../../lib/routes';
import { escapeHtml } from '../../lib/escape-html';
import { newestFirst } from '../../lib/feeds';
import type { Catalog, Document } from '../catalog';
import { entryHtml } from '../entry-html';
import type { RadioItem } from '../radio';
import { itemArticleLd, pageBase, radioItem } from './base';
import { documentFacts } from './facts';
import type { ItemFact, ItemKind, ItemPageBase } from './types';

/** A document page (văn bản): our summary of it, its file to download and where the official text is. */
export interface DocumentPage extends ItemPageBase {
  kind: 'document';
  entry: Document;
  params: { slug: string };
  /** Size in bytes of the file to download. */
  attachmentBytes: number;
  /** Type, number, issuer, date or year, under the header. */
  facts: ItemFact[];
}

/**
 * Document pages, newest first; documents have no previous/next links. A document is named by
 * its type and number ("Chỉ thị 05-CT/TW") wherever it is shared: the share image, the shared
 * title, the structured data's headline; its trail names it short, with its year.
 */
function documentPages(catalog: Catalog): DocumentPage[] {
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
      facts: documentFacts(document),
      body: document,
      related: [],
      search: { kind: 'document', date: pubDate, shownDate: issued ?? documentYear(document.data), years: [documentYear(document.data)] },
      radio: { item: documentRadio(document), summary: description },
      structuredData: async () => [itemArticleLd(base, { headline: shareTitle, section: type })],
    };
  });
}

/** A document read aloud: named by type and number, then who issued it, then our summary. */
function documentRadio(document: Document): RadioItem {
  return radioItem(document, {
    path: documentPath(document.id),
    title: `${documentLabel(document.data)}: ${document.data.title}`,
    kindLabel: ui.kinds.document,
    bodyHtml: async () => `<p>${escapeHtml(document.data.issuer)}.</p>${await entryHtml(document)}`,
  });
}

/** A document in the feeds, named by type and number, filed under its type. */
function documentFeedEntry(document: Document): RSSFeedItem {
  const { title, pubDate, description, type } = document.data;
  return {
    title: `${documentLabel(document.data)}: ${title}`,
    link: documentPath(document.id),
    pubDate,
    description,
    categories: [ui.kinds.document, type],
  };
}

/** Documents: pages, radio and feed (newest published first, unlike their list, which goes by year). */
export const documentKind: ItemKind<Document, DocumentPage> = {
  pages: documentPages,
  radio: documentRadio,
  feed: (catalog) => newestFirst(catalog.documents.map(documentFeedEntry)),
};
