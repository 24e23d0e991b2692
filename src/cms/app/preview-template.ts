/**
 * Draws the page preview (src/cms/preview-pages.ts) in the CMS's preview pane for every kind that
 * has one, with the site's styles (src/cms/styles/preview.css) and the body as the CMS renders it,
 * storytelling blocks included.
 */
import { PREVIEW_KINDS, previewPage, type PreviewSection } from '../preview-pages';
import { cmsReact } from './react';
import type { SveltiaCms } from './sveltia';

/** What the CMS hands a preview template. */
interface TemplateProps {
  entry: { toJS(): { data?: Record<string, unknown> } };
  widgetFor(name: string): unknown;
  widgetsFor(name: string): { widgets?: Record<string, unknown> } | undefined;
}

/** Registers the page preview of each kind; `places` names localities by id. */
export function registerPreviewTemplates(cms: SveltiaCms, places: Readonly<Record<string, string>>): void {
  const { h, createClass } = cmsReact();
  const section = ({ heading, paragraphs = [], items = [] }: PreviewSection) =>
    h(
      'section',
      { className: 'preview-page__section', key: heading },
      h('h2', null, heading),
      ...paragraphs.map((paragraph) => h('p', { key: paragraph }, paragraph)),
      items.length ? h('ul', null, ...items.map((item, index) => h('li', { key: index }, item))) : null,
    );

  for (const kind of PREVIEW_KINDS) {
    const Template = createClass<TemplateProps, object>({
      render() {
        const { entry, widgetFor, widgetsFor } = this.props;
        const data = entry.toJS().data ?? {};
        const page = previewPage(kind, data, places);
        if (!page) return null;
        const image = page.imageField && widgetsFor(page.imageField)?.widgets?.src;
        return h(
          'article',
          { className: 'preview-page' },
          h('p', { className: 'preview-page__kicker' }, page.kicker),
          h('h1', null, page.title),
          page.lede ? h('p', { className: 'preview-page__lede' }, page.lede) : null,
          page.facts.length ? h('p', { className: 'preview-page__facts' }, page.facts.join(' · ')) : null,
          image ? h('div', { className: 'preview-page__image' }, image) : null,
          ...page.before.map(section),
          page.bodyHeading ? h('h2', null, page.bodyHeading) : null,
          // Only a kind with a body has its widget: asked for a chart's, the CMS threw at every keystroke.
          typeof data.body === 'string' ? h('div', { className: 'preview-page__body' }, widgetFor('body')) : null,
          ...page.after.map(section),
        );
      },
    });
    cms.registerPreviewTemplate(kind, Template);
  }
}
