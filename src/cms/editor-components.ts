/**
 * The site's storytelling components (src/components/mdx/) as editor blocks of Sveltia CMS:
 * how each is found in an MDX body, which fields the form shows, and the MDX written back.
 * Written back in the form the README teaches, so a file opened and saved in the editor keeps
 * its components, their attributes and their text.
 */
import { cmsText } from '../i18n/cms';

/** A block definition as CMS.registerEditorComponent() takes it. */
export interface EditorBlock {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, unknown>;
  toBlock(props: Record<string, unknown>): string;
  toPreview(props: Record<string, unknown>): string;
}

const ATTRIBUTES = String.raw`((?:\s+\w+="[^"]*")*)\s*`;

/** Attributes of a JSX tag written name="value". */
export function parseAttributes(source: string): Record<string, string> {
  return Object.fromEntries([...source.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], decode(match[2] ?? '')]));
}

/** name="value" pairs for the defined, non-empty values, in the given order. */
function attributes(values: [string, unknown][]): string {
  return values
    .filter(([, value]) => typeof value === 'string' && value.trim() !== '')
    .map(([name, value]) => ` ${name}="${encode(String(value).trim())}"`)
    .join('');
}

function encode(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
}

function decode(value: string): string {
  return value.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Text between an opening and a closing tag: tight for one paragraph, blank lines around several. */
function inner(text: unknown): string {
  const body = String(text ?? '').trim();
  return body.includes('\n') ? `\n\n${body}\n\n` : `\n${body}\n`;
}

function paragraphs(text: unknown): string {
  return String(text ?? '')
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('');
}

const t = cmsText.components;

const quote: EditorBlock = {
  id: 'Quote',
  label: t.Quote.label,
  fields: [
    { name: 'text', label: t.Quote.text, widget: 'text', required: true },
    { name: 'source', label: t.Quote.source, hint: t.Quote.sourceHint, widget: 'string', required: true },
    { name: 'speaker', label: t.Quote.speaker, hint: t.Quote.speakerHint, widget: 'string', required: false },
  ],
  pattern: new RegExp(String.raw`<Quote${ATTRIBUTES}>([\s\S]*?)<\/Quote>`),
  fromBlock: (match) => {
    const { source = '', speaker = '' } = parseAttributes(match[1] ?? '');
    return { text: (match[2] ?? '').trim(), source, speaker };
  },
  toBlock: (props) =>
    `<Quote${attributes([
      ['source', props.source],
      ['speaker', props.speaker],
    ])}>${inner(props.text)}</Quote>`,
  toPreview: (props) =>
    `<figure class="quote"><blockquote>${paragraphs(props.text)}</blockquote><figcaption>— ${escapeHtml(props.speaker || 'Chủ tịch Hồ Chí Minh')}, <cite>${escapeHtml(props.source)}</cite></figcaption></figure>`,
};

const figure: EditorBlock = {
  id: 'Figure',
  label: t.Figure.label,
  fields: [
    { name: 'src', label: t.Figure.image, widget: 'image', choose_url: false, required: true },
    { name: 'alt', label: t.Figure.alt, widget: 'string', required: true },
    { name: 'caption', label: t.Figure.caption, widget: 'string', required: true },
  ],
  pattern: new RegExp(String.raw`<Figure${ATTRIBUTES}>\s*!\[([^\]]*)\]\(([^)\s]+)\)\s*<\/Figure>`),
  fromBlock: (match) => ({ caption: parseAttributes(match[1] ?? '').caption ?? '', alt: match[2] ?? '', src: match[3] ?? '' }),
  toBlock: (props) =>
    `<Figure${attributes([['caption', props.caption]])}>\n\n![${String(props.alt ?? '').trim()}](${String(props.src ?? '').trim()})\n\n</Figure>`,
  // The file is in the repository, next to the entry, not on this site: the preview names it instead.
  toPreview: (props) =>
    `<figure class="figure"><p class="figure__file">${escapeHtml(props.alt)} (${escapeHtml(props.src)})</p><figcaption>${escapeHtml(props.caption)}</figcaption></figure>`,
};

const stats: EditorBlock = {
  id: 'Stats',
  label: t.Stats.label,
  fields: [
    {
      name: 'stats',
      label: t.Stats.stats,
      widget: 'list',
      min: 1,
      summary: '{{fields.value}} {{fields.label}}',
      fields: [
        { name: 'value', label: t.Stats.value, hint: t.Stats.valueHint, widget: 'string', required: true },
        { name: 'label', label: t.Stats.statLabel, widget: 'string', required: true },
      ],
    },
  ],
  pattern: new RegExp(String.raw`<Stats>\s*((?:<Stat${ATTRIBUTES}\/>\s*)*)<\/Stats>`),
  fromBlock: (match) => ({
    stats: [...(match[1] ?? '').matchAll(new RegExp(String.raw`<Stat${ATTRIBUTES}\/>`, 'g'))].map((stat) => {
      const { value = '', label = '' } = parseAttributes(stat[1] ?? '');
      return { value, label };
    }),
  }),
  toBlock: (props) => {
    const items = (props.stats as { value?: string; label?: string }[] | undefined) ?? [];
    return `<Stats>\n${items
      .map(
        (item) =>
          `  <Stat${attributes([
            ['value', item.value],
            ['label', item.label],
          ])} />\n`,
      )
      .join('')}</Stats>`;
  },
  toPreview: (props) =>
    `<div class="stats">${((props.stats as { value?: string; label?: string }[] | undefined) ?? [])
      .map((item) => `<p><strong>${escapeHtml(item.value)}</strong> ${escapeHtml(item.label)}</p>`)
      .join('')}</div>`,
};

const timeline: EditorBlock = {
  id: 'Timeline',
  label: t.Timeline.label,
  fields: [
    {
      name: 'events',
      label: t.Timeline.events,
      widget: 'list',
      min: 1,
      summary: '{{fields.when}}: {{fields.text}}',
      fields: [
        { name: 'when', label: t.Timeline.when, hint: t.Timeline.whenHint, widget: 'string', required: true },
        { name: 'text', label: t.Timeline.text, widget: 'text', required: true },
      ],
    },
  ],
  pattern: new RegExp(String.raw`<Timeline>\s*((?:<Event${ATTRIBUTES}>[\s\S]*?<\/Event>\s*)*)<\/Timeline>`),
  fromBlock: (match) => ({
    events: [...(match[1] ?? '').matchAll(new RegExp(String.raw`<Event${ATTRIBUTES}>([\s\S]*?)<\/Event>`, 'g'))].map((event) => ({
      when: parseAttributes(event[1] ?? '').when ?? '',
      text: (event[2] ?? '').trim(),
    })),
  }),
  toBlock: (props) => {
    const items = (props.events as { when?: string; text?: string }[] | undefined) ?? [];
    return `<Timeline>\n${items.map((item) => `  <Event${attributes([['when', item.when]])}>${String(item.text ?? '').trim()}</Event>\n`).join('')}</Timeline>`;
  },
  toPreview: (props) =>
    `<ol class="timeline">${((props.events as { when?: string; text?: string }[] | undefined) ?? [])
      .map((item) => `<li><strong>${escapeHtml(item.when)}</strong> ${escapeHtml(item.text)}</li>`)
      .join('')}</ol>`,
};

const callout: EditorBlock = {
  id: 'Callout',
  label: t.Callout.label,
  fields: [
    { name: 'title', label: t.Callout.title, widget: 'string', required: true },
    { name: 'text', label: t.Callout.text, widget: 'text', required: true },
  ],
  pattern: new RegExp(String.raw`<Callout${ATTRIBUTES}>([\s\S]*?)<\/Callout>`),
  fromBlock: (match) => ({ title: parseAttributes(match[1] ?? '').title ?? '', text: (match[2] ?? '').trim() }),
  toBlock: (props) => `<Callout${attributes([['title', props.title]])}>${inner(props.text)}</Callout>`,
  toPreview: (props) => `<aside class="callout"><p><strong>${escapeHtml(props.title)}</strong></p>${paragraphs(props.text)}</aside>`,
};

/** Every block, in the order of the editor's "insert" menu. */
export const editorBlocks: EditorBlock[] = [quote, figure, stats, timeline, callout];

/** Ids of the blocks, which the rich text fields list as their editor_components. */
export const editorComponentIds = editorBlocks.map((block) => block.id);

/** Replaces every block the editor knows by its canonical MDX, as a save from the editor would. */
export function rewriteBlocks(body: string): string {
  return editorBlocks.reduce(
    (text, block) =>
      text.replace(new RegExp(block.pattern.source, 'g'), (...match) =>
        block.toBlock(block.fromBlock(match as unknown as RegExpMatchArray)),
      ),
    body,
  );
}
