/**
 * The editor's preview drawn as the item's page reads, not as a list of fields: a kicker, the
 * headline, the lead, a line of facts (dates day first, years as written, places by name), the
 * picture, the body and each kind's own blocks (a question's quotation, a model's results, a
 * contest's way to take part). This
 * module decides what the preview says; src/cms/app/preview-template.ts draws it.
 */
import { cmsText } from '../i18n/cms';
import { ui } from '../i18n/ui';
import { toDayFirst } from '../lib/dates';

/** A block under the body, or before it: a heading with paragraphs or a list. */
export interface PreviewSection {
  heading: string;
  paragraphs?: string[];
  items?: string[];
}

/** What the preview shows of an entry. */
export interface PreviewPage {
  kicker: string;
  title: string;
  lede?: string;
  facts: string[];
  /** The field holding the picture (its `src` is drawn by the CMS, which finds uploads not yet saved). */
  imageField?: string;
  /** Blocks before the body (a question's "ngày này năm xưa" and quotation). */
  before: PreviewSection[];
  /** The heading over the body, when the kind names it (a question's answer). */
  bodyHeading?: string;
  /** Blocks after the body. */
  after: PreviewSection[];
}

/** An entry's data, as the form holds it. */
type Data = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const date = (value: unknown): string => (text(value) ? toDayFirst(text(value)) : '');
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const group = (value: unknown): Data => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {});
const present = (values: string[]) => values.filter((value) => value !== '');
const imageIn = (data: Data, field: string) => (text(group(data[field]).src) ? field : undefined);

/** Each kind's page, from its data and the labels of the localities it names. */
const PAGES: Record<string, (data: Data, place: (id: unknown) => string) => PreviewPage> = {
  articles: (data, place) => ({
    kicker: text(data.category) || cmsText.preview.article,
    title: text(data.title),
    lede: text(data.description),
    facts: present([date(data.pubDate), text(data.author) || cmsText.preview.defaultAuthor, place(data.locality)]),
    imageField: imageIn(data, 'cover'),
    before: [],
    after: [],
  }),
  stories: (data) => {
    const source = group(data.source);
    return {
      kicker: cmsText.preview.story,
      title: text(data.title),
      lede: text(data.description),
      facts: present([text(data.when), text(data.place)]),
      imageField: imageIn(data, 'cover'),
      before: [],
      after: [
        { heading: ui.stories.lesson, paragraphs: present([text(data.lesson)]) },
        {
          heading: cmsText.preview.source,
          paragraphs: [
            present([text(source.author), text(source.title), text(source.publisher), text(source.year), text(source.pages)]).join(', '),
          ],
        },
      ],
    };
  },
  storyCollections: (data) => ({
    kicker: cmsText.preview.storyCollection,
    title: text(data.title),
    lede: text(data.description),
    facts: [],
    imageField: imageIn(data, 'cover'),
    before: [],
    after: [],
  }),
  exemplars: (data, place) => ({
    kicker: present([cmsText.preview.exemplar, data.sample ? ui.sample : '']).join(' · '),
    title: text(data.name),
    lede: text(data.description),
    facts: present([text(data.kind), text(data.field), text(data.ethnicity), place(data.locality)]),
    imageField: imageIn(data, 'portrait'),
    before: [],
    after: [
      { heading: cmsText.preview.model, paragraphs: present([text(data.model)]) },
      {
        heading: cmsText.preview.recognitions,
        items: list(data.recognitions).map((item) =>
          present([text(group(item).year), text(group(item).level), text(group(item).title)]).join(' – '),
        ),
      },
    ],
  }),
  questions: (data) => {
    const onThisDay = group(data.onThisDay);
    const quote = group(data.quote);
    const quiz = group(data.quiz);
    const correct = Number(quiz.correct);
    return {
      kicker: cmsText.preview.question(text(data.week), text(data.year)),
      title: text(data.question),
      facts: present([date(data.pubDate)]),
      before: [
        { heading: cmsText.preview.onThisDay, paragraphs: [present([date(onThisDay.date), text(onThisDay.event)]).join(': ')] },
        { heading: cmsText.preview.quote, paragraphs: present([text(quote.text), text(quote.source) && `— ${text(quote.source)}`]) },
      ],
      bodyHeading: cmsText.preview.answer,
      after: list(quiz.choices).length
        ? [
            {
              heading: cmsText.preview.quiz,
              items: list(quiz.choices).map(
                (choice, index) => `${text(choice)}${index + 1 === correct ? ` ${cmsText.preview.rightChoice}` : ''}`,
              ),
            },
          ]
        : [],
    };
  },
  documents: (data) => {
    const attachment = group(data.attachment);
    return {
      kicker: present([text(data.type), text(data.number)]).join(' '),
      title: text(data.title),
      lede: text(data.description),
      facts: present([text(data.issuer), date(data.issued) || text(data.year)]),
      before: [],
      bodyHeading: cmsText.preview.summary,
      after: [
        { heading: cmsText.preview.attachment, paragraphs: present([present([text(attachment.label), text(attachment.file)]).join(': ')]) },
        ...(text(data.officialSource) ? [{ heading: cmsText.preview.officialSource, paragraphs: [text(data.officialSource)] }] : []),
      ],
    };
  },
  models: (data, place) => ({
    kicker: present([cmsText.preview.modelKind, data.sample ? ui.sample : '']).join(' · '),
    title: text(data.name),
    lede: text(data.description),
    facts: present([
      text(data.field),
      place(data.locality),
      text(data.startYear) && cmsText.preview.since(text(data.startYear)),
      text(data.runBy),
    ]),
    before: [],
    after: [
      { heading: cmsText.preview.results, items: list(data.results).map(text) },
      ...(list(data.replicatedIn).length ? [{ heading: cmsText.preview.replicatedIn, items: list(data.replicatedIn).map(place) }] : []),
    ],
  }),
  charts: (data) => ({
    kicker: cmsText.preview.chart,
    title: text(data.title),
    lede: text(data.description),
    facts: present([text(data.period), text(data.unit)]),
    before: [],
    after: [
      {
        heading: cmsText.preview.figures,
        items: list(data.bars).map((bar) => {
          const { label, group: series, qualifier, value, unit } = group(bar);
          return `${present([text(label), text(series)]).join(' – ')}: ${present([text(qualifier), text(value), text(unit) || text(data.unit)]).join(' ')}`;
        }),
      },
      { heading: cmsText.preview.source, paragraphs: present([text(data.source), text(data.note)]) },
    ],
  }),
  contests: (data) => ({
    kicker: present([ui.kinds.contest, data.sample ? ui.sample : '']).join(' · '),
    title: text(data.title),
    lede: text(data.description),
    facts: present([
      text(data.organiser),
      date(data.opens) && `${ui.contests.opens} ${date(data.opens)}`,
      date(data.deadline) && `${ui.contests.deadline} ${date(data.deadline)}`,
    ]),
    before: [
      { heading: ui.contests.theme, paragraphs: present([text(data.theme)]) },
      { heading: ui.contests.howToEnter, paragraphs: present([text(data.howToEnter), text(data.email)]) },
    ],
    bodyHeading: ui.contests.rules,
    after: [],
  }),
  contestWorks: (data, place) => ({
    kicker: present([ui.kinds.contestWork, text(data.prize), data.sample ? ui.sample : '']).join(' · '),
    title: text(data.title),
    lede: text(data.description),
    facts: present([text(data.author), place(data.locality), text(data.genre)]),
    before: [],
    after: [],
  }),
};

/** The kinds that have a page preview. */
export const PREVIEW_KINDS = Object.keys(PAGES);

/** The preview of an entry of `collection`; `places` names localities by id. */
export function previewPage(collection: string, data: Data, places: Readonly<Record<string, string>>): PreviewPage | undefined {
  const place = (id: unknown) => (text(id) ? (places[text(id)] ?? text(id)) : '');
  return PAGES[collection]?.(data, place);
}
