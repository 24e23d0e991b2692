/** How each kind of item becomes a radio script: its path, what is read as the title, its body. */
import { articlePath, chartPath, documentPath, exemplarPath, modelPath, questionPath, storyPath } from '../lib/routes';
import { chartRows, figureText } from '../lib/chart-svg';
import { documentLabel } from '../lib/documents';
import { ui } from '../i18n/ui';
import type { Article, Chart, Document, Exemplar, Model, Question, Story } from './catalog';
import { RADIO_ROLE, RADIO_SOURCE } from '../lib/page-markers';
import { isSampleData } from '../lib/sample-mode';
import { entryHtml } from './entry-html';
import type { RadioItem } from './radio';

/** Any item that has a radio version. */
export type RadioEntry = Article | Story | Exemplar | Question | Document | Model | Chart;

/** The radio description of an item, for radioScriptOf. */
export function radioItemFor(entry: RadioEntry): RadioItem {
  const common = { file: entry.filePath ?? entry.id, overrides: entry.data.radio, sample: isSampleData(entry.data) };
  switch (entry.collection) {
    case 'articles':
      return {
        ...common,
        path: articlePath(entry.id),
        title: entry.data.title,
        kindLabel: ui.kinds.article,
        bodyHtml: () => entryHtml(entry),
      };
    case 'stories':
      return {
        ...common,
        path: storyPath(entry.data.collection.id, entry.id),
        title: entry.data.title,
        kindLabel: ui.kinds.story,
        bodyHtml: async () => `${await entryHtml(entry)}<h2>${ui.radio.lessonHeading}</h2><p>${escapeHtml(entry.data.lesson)}</p>`,
      };
    case 'exemplars':
      return {
        ...common,
        path: exemplarPath(entry.id),
        title: entry.data.name,
        kindLabel: ui.kinds.exemplar,
        bodyHtml: () => entryHtml(entry),
      };
    case 'questions':
      return {
        ...common,
        path: questionPath(entry.data.year, entry.data.week),
        title: entry.data.question,
        kindLabel: ui.kinds.question,
        bodyHtml: async () =>
          `<h2>${ui.radio.answerHeading}</h2>${await entryHtml(entry)}` +
          `<figure ${RADIO_ROLE}="quote" ${RADIO_SOURCE}="${escapeHtml(entry.data.quote.source)}"><blockquote><p>${escapeHtml(entry.data.quote.text)}</p></blockquote></figure>`,
      };
    case 'documents':
      return {
        ...common,
        path: documentPath(entry.id),
        title: `${documentLabel(entry.data)}: ${entry.data.title}`,
        kindLabel: ui.kinds.document,
        bodyHtml: async () => `<p>${escapeHtml(entry.data.issuer)}.</p>${await entryHtml(entry)}`,
      };
    case 'models':
      return {
        ...common,
        path: modelPath(entry.id),
        title: entry.data.name,
        kindLabel: ui.kinds.model,
        bodyHtml: async () =>
          `<p>${escapeHtml(entry.data.description)}</p>${await entryHtml(entry)}<h2>${ui.models.results}</h2><ul>${entry.data.results.map((result) => `<li>${escapeHtml(result)}</li>`).join('')}</ul>`,
      };
    case 'charts':
      return {
        ...common,
        path: chartPath(entry.id),
        title: entry.data.title,
        kindLabel: ui.kinds.chart,
        // The figures read as the table shows them: each label, then its figures with the report's qualifiers.
        bodyHtml: async () =>
          `<p>${escapeHtml(entry.data.description)}</p><ul>${chartRows(entry.data)
            .map(
              (row) =>
                `<li>${escapeHtml(row.label)}: ${row.bars.map((bar) => escapeHtml(figureText(bar, entry.data.unit))).join(', ')}.</li>`,
            )
            .join(
              '',
            )}</ul>${entry.data.note ? `<p>${escapeHtml(entry.data.note)}</p>` : ''}<p>${ui.figures.source}: ${escapeHtml(entry.data.source)}</p>`,
      };
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
