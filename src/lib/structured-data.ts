/**
 * schema.org objects (JSON-LD) for each kind of page, so search engines and apps
 * understand what a page is. Plain data in, plain objects out.
 */
import { absoluteUrl } from './routes';
import { truncateOnWord } from './text';

/** Longest headline Google's rich results read; a longer one is cut on a word. */
export const HEADLINE_MAX_CHARS = 110;

/** Publisher and site facts every object refers to. */
export interface Publisher {
  name: string;
  url: string;
  logo: string;
}

/** The site's publisher: the office (or the sample site itself), the site's home page and the site mark as its logo. */
export const sitePublisher = (name: string, siteUrl: string): Publisher => ({
  name,
  url: siteUrl,
  logo: absoluteUrl('/favicon.svg', siteUrl),
});

/** One step of a breadcrumb trail. */
export interface Crumb {
  name: string;
  url: string;
}

/** Serialises JSON-LD for a <script> element; "<" is escaped so no text can close the element. */
export function jsonLdString(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** BreadcrumbList from the home page down to the current page. */
export function breadcrumbList(crumbs: readonly Crumb[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** The publishing office, its logo an ImageObject as Google's rich results read it (a bare URL was flagged). */
function organization(publisher: Publisher): object {
  return { '@type': 'Organization', name: publisher.name, url: publisher.url, logo: { '@type': 'ImageObject', url: publisher.logo } };
}

/** Article or NewsArticle (news reports) with its dates, image and publisher; the headline cut to `HEADLINE_MAX_CHARS`. */
export function articleLd(input: {
  type: 'Article' | 'NewsArticle';
  headline: string;
  description: string;
  url: string;
  image: string;
  published: Date;
  modified?: Date;
  author: string;
  publisher: Publisher;
  section?: string;
  keywords?: readonly string[];
}): object {
  return {
    '@context': 'https://schema.org',
    '@type': input.type,
    headline: truncateOnWord(input.headline, HEADLINE_MAX_CHARS),
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    image: [input.image],
    datePublished: input.published.toISOString(),
    dateModified: (input.modified ?? input.published).toISOString(),
    // The authors are the office or its editorial board, whose page is the site.
    author: { '@type': 'Organization', name: input.author, url: input.publisher.url },
    publisher: organization(input.publisher),
    inLanguage: 'vi',
    ...(input.section ? { articleSection: input.section } : {}),
    ...(input.keywords?.length ? { keywords: input.keywords.join(', ') } : {}),
  };
}

/**
 * A made-up item (a sample profile or model) as a plain CreativeWork: not a Person with awards nor
 * the publisher's reporting, so no app takes it for a real person or fact. The caller marks its
 * name and description; `genre` carries the mark on its own.
 */
export function sampleItemLd(input: {
  name: string;
  description: string;
  url: string;
  image: string;
  published: Date;
  genre: string;
  publisher: Publisher;
}): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    name: input.name,
    description: input.description,
    url: input.url,
    image: [input.image],
    datePublished: input.published.toISOString(),
    genre: input.genre,
    publisher: organization(input.publisher),
    inLanguage: 'vi',
  };
}

/** Person (an individual exemplar) or Organization (a collective), with their awards. */
export function exemplarLd(input: {
  kind: 'person' | 'organization';
  name: string;
  description: string;
  url: string;
  image?: string;
  place: string;
  awards: readonly string[];
}): object {
  return {
    '@context': 'https://schema.org',
    '@type': input.kind === 'person' ? 'Person' : 'Organization',
    name: input.name,
    description: input.description,
    url: input.url,
    ...(input.image ? { image: input.image } : {}),
    [input.kind === 'person' ? 'homeLocation' : 'location']: { '@type': 'Place', name: input.place },
    award: input.awards,
  };
}

/** QAPage for a weekly question with its accepted answer. */
export function questionLd(input: { question: string; answer: string; url: string; published: Date; publisher: Publisher }): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    mainEntity: {
      '@type': 'Question',
      name: input.question,
      text: input.question,
      answerCount: 1,
      datePublished: input.published.toISOString(),
      author: organization(input.publisher),
      acceptedAnswer: {
        '@type': 'Answer',
        text: input.answer,
        url: input.url,
        datePublished: input.published.toISOString(),
        author: organization(input.publisher),
      },
    },
  };
}

/** WebSite for the home page, with the search action so apps can offer site search. */
export function websiteLd(input: { name: string; url: string; searchUrl: string; publisher: Publisher }): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    inLanguage: 'vi',
    publisher: organization(input.publisher),
    potentialAction: {
      '@type': 'SearchAction',
      target: `${input.searchUrl}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
}

/** A list page or a page gathering links (a calendar day, the radio programmes): what it lists, in order. */
export function collectionLd(input: {
  name: string;
  description: string;
  url: string;
  items: readonly { name: string; url: string }[];
}): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: input.name,
    description: input.description,
    url: input.url,
    inLanguage: 'vi',
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: input.items.length,
      itemListElement: input.items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, url: item.url })),
    },
  };
}

/** One week's radio programme, an episode of the site's weekly programme. */
export function radioEpisodeLd(input: {
  name: string;
  description: string;
  url: string;
  published: Date;
  series: { name: string; url: string };
  publisher: Publisher;
}): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'RadioEpisode',
    name: input.name,
    description: input.description,
    url: input.url,
    datePublished: input.published.toISOString(),
    inLanguage: 'vi',
    partOfSeries: { '@type': 'RadioSeries', name: input.series.name, url: input.series.url },
    publisher: organization(input.publisher),
  };
}
