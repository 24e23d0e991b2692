/** Contest and award rounds: the route data of every round page, how the radio reads a round, its feed entry. */
import type { RSSFeedItem } from '@astrojs/rss';
import { ui } from '../../i18n/ui';
import { prizeList, type PrizeGroup } from '../../lib/contests';
import { formatDateLong } from '../../lib/dates';
import { escapeHtml } from '../../lib/escape-html';
import { newestFirst } from '../../lib/feeds';
import { reverseIndex } from '../../lib/item-page/link-index';
import { contestPath, sections } from '../../lib/routes';
import type { Catalog, Contest, ContestWork } from '../catalog';
import { entryHtml } from '../entry-html';
import type { RadioItem } from '../radio';
import { shareTitle } from '../sample';
import { itemArticleLd, pageBase, radioItem } from './base';
import { contestWorkLink } from './lookups';
import type { ItemFact, ItemKind, ItemLink, ItemPageBase } from './types';

/** A contest or award round page (/cuoc-thi/<slug>/). */
export interface ContestPage extends ItemPageBase {
  kind: 'contest';
  entry: Contest;
  params: { slug: string };
  /** Theme, organiser, dates and the number of works, under the header. */
  facts: ItemFact[];
  /** Once judged, the winning works by prize, in the round's order of prizes; empty before. */
  prizes: PrizeGroup<ItemLink>[];
}

/** Theme, organiser, the three dates (results when set) and how many works took part (when known). */
function contestFacts(contest: Contest): ItemFact[] {
  const { theme, organiser, opens, deadline, results, entries } = contest.data;
  return [
    { label: ui.contests.theme, values: [{ text: theme }] },
    { label: ui.contests.organiser, values: [{ text: organiser }] },
    { label: ui.contests.opens, values: [{ date: opens }] },
    { label: ui.contests.deadline, values: [{ date: deadline }] },
    ...(results ? [{ label: ui.contests.results, values: [{ date: results }] }] : []),
    ...(entries === undefined ? [] : [{ label: ui.contests.entries, values: [{ text: ui.contests.entriesCount(entries) }] }]),
  ];
}

/** The winning works of each round, by round id, in the catalog's order (by prize). */
export const worksByRound = (catalog: Catalog): ReadonlyMap<string, ContestWork[]> =>
  reverseIndex(catalog.contestWorks, (work) => [work.data.round]);

/** Round pages, newest first; rounds have no previous/next links. */
function contestPages(catalog: Catalog): ContestPage[] {
  const works = worksByRound(catalog);
  return catalog.contests.map((contest): ContestPage => {
    const { title, description, pubDate, prizes } = contest.data;
    const base = pageBase(contestPath(contest.id), title, description, pubDate, undefined);
    return {
      kind: 'contest',
      entry: contest,
      params: { slug: contest.id },
      ...base,
      eyebrow: { text: ui.kinds.contest, href: sections.contests },
      lead: description,
      crumbs: [
        { name: ui.nav.contests, path: sections.contests },
        { name: title, path: base.path },
      ],
      shareSummary: description,
      facts: contestFacts(contest),
      prizes: prizeList(prizes, works.get(contest.id) ?? []).map(({ prize, works: won }) => ({ prize, works: won.map(contestWorkLink) })),
      body: contest,
      related: [],
      search: { kind: 'contest', date: pubDate, years: [contest.data.opens.getFullYear()] },
      radio: { item: contestRadio(contest), summary: description },
      structuredData: async () => [itemArticleLd(base, { section: ui.kinds.contest })],
    };
  });
}

/** A round read aloud: its summary, theme, organiser, dates and how to take part, then its rules. */
function contestRadio(contest: Contest): RadioItem {
  const { description, theme, organiser, opens, deadline, results, howToEnter } = contest.data;
  const facts: [string, string][] = [
    [ui.contests.theme, theme],
    [ui.contests.organiser, organiser],
    [ui.contests.opens, formatDateLong(opens)],
    [ui.contests.deadline, formatDateLong(deadline)],
    ...(results ? [[ui.contests.results, formatDateLong(results)] as [string, string]] : []),
    [ui.contests.howToEnter, howToEnter],
  ];
  return radioItem(contest, {
    path: contestPath(contest.id),
    title: contest.data.title,
    kindLabel: ui.kinds.contest,
    bodyHtml: async () =>
      `<p>${escapeHtml(description)}</p><ul>${facts.map(([label, value]) => `<li>${escapeHtml(label)}: ${escapeHtml(value)}.</li>`).join('')}</ul>${await entryHtml(contest)}`,
  });
}

/** A round in the feeds; a made-up one's title carries the mark. */
function contestFeedEntry(contest: Contest): RSSFeedItem {
  const { title, pubDate, description, sample } = contest.data;
  return { title: shareTitle(title, sample), link: contestPath(contest.id), pubDate, description, categories: [ui.kinds.contest] };
}

/** Contest rounds: pages, radio and feed (newest first by publication date). */
export const contestKind: ItemKind<Contest, ContestPage> = {
  pages: contestPages,
  radio: contestRadio,
  feed: (catalog) => newestFirst(catalog.contests.map(contestFeedEntry)),
};
