/**
 * What the home page leads with: the newest item of each kind as one teaser shape, the lead
 * among them, and the pool of Bác's words that "Lời Bác dạy" draws one a day from.
 */
import type { ImageMetadata } from 'astro';
import { ui } from '../i18n/ui';
import { bacQuotesInMdx } from '../lib/mdx-quotes';
import { articlePath, exemplarPath, questionPath, storyPath } from '../lib/routes';
import { toIsoDate } from '../lib/dates';
import { isoWeekStart } from '../lib/iso-week';
import type { Catalog, Question } from './catalog';
import { shareTitle } from './sample';

/** An item as a home page card. */
export interface Teaser {
  kind: string;
  title: string;
  summary: string;
  href: string;
  date: Date;
  image?: { src: ImageMetadata; alt: string };
}

/** A quotation in the "Lời Bác dạy" pool. */
export interface PoolQuote {
  text: string;
  source: string;
  /** The page it comes from. */
  href: string;
  /** For a weekly question's quote, its week's Monday ("YYYY-MM-DD"): never shown beside that question, whose answer it may be. */
  week?: string;
}

/**
 * The newest article, story and exemplar profile, newest first (questions have their own block).
 * Stories that the given questions point to are passed over: told beside the question, they give its answer away.
 */
export function newestOfEachKind(
  { articles, stories, exemplars }: Pick<Catalog, 'articles' | 'stories' | 'exemplars'>,
  besideQuestions: readonly Question[] = [],
): Teaser[] {
  const newest = <T extends { data: { pubDate: Date } }>(items: readonly T[]) =>
    [...items].sort((a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime())[0];
  const spoilers = new Set(besideQuestions.flatMap((question) => question.data.relatedStories.map((ref) => ref.id)));
  const article = newest(articles);
  const story = newest(stories.filter((candidate) => !spoilers.has(candidate.id)));
  const exemplar = newest(exemplars);
  const teasers: Teaser[] = [
    ...(article
      ? [
          {
            kind: ui.kinds.article,
            title: article.data.title,
            summary: article.data.description,
            href: articlePath(article.id),
            date: article.data.pubDate,
            image: article.data.cover,
          },
        ]
      : []),
    ...(story
      ? [
          {
            kind: ui.kinds.story,
            title: story.data.title,
            summary: story.data.description,
            href: storyPath(story.data.collection.id, story.id),
            date: story.data.pubDate,
            image: story.data.cover,
          },
        ]
      : []),
    ...(exemplar
      ? [
          {
            kind: ui.kinds.exemplar,
            title: shareTitle(exemplar.data.name, exemplar.data.sample),
            summary: exemplar.data.description,
            href: exemplarPath(exemplar.id),
            date: exemplar.data.pubDate,
            image: exemplar.data.portrait,
          },
        ]
      : []),
  ];
  return teasers.sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** Days within which a newer item without a picture yields the lead to one with a picture. */
const LEAD_PICTURE_DAYS = 14;

/**
 * The lead: the newest item, unless one published within two weeks of it has a picture, which
 * makes the stronger front page. `teasers` come newest first.
 */
export function leadTeaser(teasers: readonly Teaser[]): Teaser | undefined {
  const [newest] = teasers;
  if (!newest || newest.image) return newest;
  const withPicture = teasers.find(
    (teaser) => teaser.image && newest.date.getTime() - teaser.date.getTime() <= LEAD_PICTURE_DAYS * 86_400_000,
  );
  return withPicture ?? newest;
}

/**
 * Bác's words from the stories and the weekly questions, each once, with the page it comes
 * from. Stories come first, so words that are also a question's answer are shown from the story.
 */
export function quotePool({ questions, stories }: Pick<Catalog, 'questions' | 'stories'>): PoolQuote[] {
  const all: PoolQuote[] = [
    ...stories.flatMap((story) =>
      bacQuotesInMdx(story.body ?? '').map((quote) => ({ ...quote, href: storyPath(story.data.collection.id, story.id) })),
    ),
    ...questions.map((question) => ({
      text: question.data.quote.text,
      source: question.data.quote.source,
      href: questionPath(question.data.year, question.data.week),
      week: toIsoDate(isoWeekStart(question.data)),
    })),
  ];
  const seen = new Set<string>();
  return all.filter((quote) => {
    const key = quote.text
      .toLocaleLowerCase('vi')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
