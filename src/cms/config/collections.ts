/**
 * How each content collection appears in the editor at /admin/. Fields, limits, choices and
 * folders come from src/content.config.ts and src/schemas/; this table adds only what the
 * schemas cannot say. A new collection needs one entry here and its texts in src/i18n/cms.ts.
 */
import { MAX_ATTACHMENT_BYTES } from '../../lib/attachments';
import type { CollectionMapping } from './build-config';
import { previewPaths } from './preview-paths';

/** Mapping by collection name, in the order the editor lists them. */
export const cmsMappings: Record<string, CollectionMapping> = {
  articles: { identifier: 'title', body: true, mediaFolder: 'anh', summary: "{{fields.title}} ({{fields.pubDate | date('DD/MM/YYYY')}})" },
  stories: { identifier: 'title', body: true, mediaFolder: 'anh', path: '{{fields.collection}}/{{slug}}', summary: '{{fields.title}}' },
  storyCollections: { identifier: 'title', mediaFolder: 'anh' },
  exemplars: { identifier: 'name', body: true, mediaFolder: 'anh' },
  questions: {
    identifier: 'question',
    body: true,
    mediaFolder: 'anh',
    path: '{{fields.year}}/tuan-{{fields.week}}',
    summary: 'Năm {{fields.year}}, tuần {{fields.week}}: {{fields.question}}',
  },
  documents: {
    identifier: 'title',
    body: true,
    mediaFolder: 'anh',
    files: { 'attachment.file': { folder: 'tep', maxBytes: MAX_ATTACHMENT_BYTES } },
    summary: '{{fields.title}} ({{fields.type}})',
  },
  models: { identifier: 'name', body: true, mediaFolder: 'anh', summary: '{{fields.name}} ({{fields.startYear}})' },
  charts: { identifier: 'title', summary: '{{fields.order}}. {{fields.title}}' },
  contests: { identifier: 'title', body: true, mediaFolder: 'anh', summary: '{{fields.title}}' },
  contestWorks: { identifier: 'title', body: true, mediaFolder: 'anh', summary: '{{fields.title}} – {{fields.author}} ({{fields.prize}})' },
  localities: { identifier: 'name', summary: '{{fields.level}} {{fields.name}}' },
  highlights: { identifier: 'label', displayField: 'label' },
  radioAbbreviations: { identifier: 'id' },
  radioKeepWords: { identifier: 'id' },
};

// "Xem trên trang web": each kind with pages of its own opens its entry's page (src/cms/config/preview-paths.ts).
for (const [name, preview] of Object.entries(previewPaths)) {
  const mapping = cmsMappings[name];
  if (mapping) mapping.preview = preview;
}
