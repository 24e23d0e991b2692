/** How each kind of item becomes a radio script: its path, what is read as the title, its body. */
import { articlePath, exemplarPath, questionPath, storyPath } from '../lib/routes';
import { ui } from '../i18n/ui';
import { RADIO_ROLE, RADIO_SOURCE } from '../lib/page-markers';
import type { Article, Exemplar, Question, Story } from './catalog';
import { entryHtml } from './entry-html';
import type { RadioItem } from './radio';

/** Any item that has a radio version. */
export type RadioEntry = Article | Story | Exemplar | Question;

/** The radio description of an item, for radioScriptOf. */
export function radioItemFor(entry: RadioEntry): RadioItem {
  const common = { file: entry.filePath ?? entry.id, overrides: entry.data.radio };
  switch (entry.collection) {
    case 'articles':
      return { ...common, path: articlePath(entry.id), title: entry.data.title, kindLabel: ui.kinds.article, bodyHtml: () => entryHtml(entry) };
    case 'stories':
      return {
        ...common,
        path: storyPath(entry.data.collection.id, entry.id),
        title: entry.data.title,
        kindLabel: ui.kinds.story,
        bodyHtml: async () => `${await entryHtml(entry)}<h2>${ui.radio.lessonHeading}</h2><p>${escapeHtml(entry.data.lesson)}</p>`,
      };
    case 'exemplars':
      return { ...common, path: exemplarPath(entry.id), title: entry.data.name, kindLabel: ui.kinds.exemplar, bodyHtml: () => entryHtml(entry) };
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
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
