/** Feed entries for each kind of item, newest first, built from the catalog. */
import type { RSSFeedItem } from '@astrojs/rss';
import { articlePath, chartPath, documentPath, exemplarPath, modelPath, questionPath, storyPath } from '../lib/routes';
import { documentLabel } from '../lib/documents';
import { padWeek } from '../lib/iso-week';
import { ui } from '../i18n/ui';
import type { Catalog } from './catalog';
import { byline, shareTitle } from './sample';

/** The kinds of item that have a feed. */
export type FeedKind = 'articles' | 'stories' | 'exemplars' | 'questions' | 'documents' | 'models' | 'charts';

/** Feed entries of one kind, newest first; links are site paths that @astrojs/rss makes absolute. */
export function feedItems(catalog: Catalog, kind: FeedKind): RSSFeedItem[] {
  switch (kind) {
    case 'articles':
      return catalog.articles.map((a) => ({
        title: a.data.title,
        link: articlePath(a.id),
        pubDate: a.data.pubDate,
        description: a.data.description,
        categories: [ui.kinds.article, a.data.category, ...a.data.tags],
        author: byline(a.data.author),
      }));
    case 'stories':
      return byDate(
        catalog.stories.map((s) => ({
          title: s.data.title,
          link: storyPath(s.data.collection.id, s.id),
          pubDate: s.data.pubDate,
          description: `${s.data.description} ${s.data.lesson}`,
          categories: [ui.kinds.story, ...s.data.themes],
        })),
      );
    case 'exemplars':
      return catalog.exemplars.map((e) => ({
        title: shareTitle(e.data.name, e.data.sample),
        link: exemplarPath(e.id),
        pubDate: e.data.pubDate,
        description: e.data.description,
        categories: [ui.kinds.exemplar, e.data.field, e.data.kind],
      }));
    case 'questions':
      return catalog.questions.map((q) => ({
        title: ui.questions.feedTitle(padWeek(q.data.week), q.data.year, q.data.question),
        link: questionPath(q.data.year, q.data.week),
        pubDate: q.data.pubDate,
        description: ui.questions.feedDescription(q.data.question, q.data.onThisDay.event),
        categories: [ui.kinds.question],
      }));
    case 'documents':
      return byDate(
        catalog.documents.map((d) => ({
          title: `${documentLabel(d.data)}: ${d.data.title}`,
          link: documentPath(d.id),
          pubDate: d.data.pubDate,
          description: d.data.description,
          categories: [ui.kinds.document, d.data.type],
        })),
      );
    case 'models':
      return catalog.models.map((m) => ({
        title: shareTitle(m.data.name, m.data.sample),
        link: modelPath(m.id),
        pubDate: m.data.pubDate,
        description: m.data.description,
        categories: [ui.kinds.model, m.data.field],
      }));
    case 'charts':
      return byDate(
        catalog.charts.map((c) => ({
          title: c.data.title,
          link: chartPath(c.id),
          pubDate: c.data.pubDate,
          description: c.data.description,
          categories: [ui.kinds.chart],
        })),
      );
  }
}

/** Every kind together, newest first, for the site-wide feed. */
export function allFeedItems(catalog: Catalog, limit = 50): RSSFeedItem[] {
  const kinds: FeedKind[] = ['articles', 'stories', 'exemplars', 'questions', 'documents', 'models', 'charts'];
  return byDate(kinds.flatMap((kind) => feedItems(catalog, kind))).slice(0, limit);
}

function byDate(items: RSSFeedItem[]): RSSFeedItem[] {
  return items.sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0) || String(a.link).localeCompare(String(b.link)));
}
