/** Winning works: the route data of every work page, how the radio reads a work, its feed entry. */
import type { RSSFeedItem } from '@astrojs/rss';
import { ui } from '../../i18n/ui';
import { newestFirst } from '../../lib/feeds';
import { indexById } from '../../lib/item-page/link-index';
import { localityPlace } from '../../lib/localities';
import { contestPath, contestWorkPath, sections } from '../../lib/routes';
import type { Catalog, ContestWork } from '../catalog';
import type { RadioItem } from '../radio';
import { shareTitle } from '../sample';
import { bodyRadio, itemArticleLd, pageBase } from './base';
import { worksByRound } from './contests';
import { contestWorkLink } from './lookups';
import type { ItemFact, ItemKind, ItemPageBase, Lookups } from './types';

/** A winning work's page (/cuoc-thi/tac-pham/<slug>/). */
export interface ContestWorkPage extends ItemPageBase {
  kind: 'contestWork';
  entry: ContestWork;
  params: { slug: string };
  /** Round, prize, author, locality and genre, under the header. */
  facts: ItemFact[];
}

/** Work pages, by round and prize; works have no previous/next links, their round lists them. */
function contestWorkPages(catalog: Catalog, lookups: Lookups): ContestWorkPage[] {
  const rounds = indexById(catalog.contests);
  const byRound = worksByRound(catalog);
  return catalog.contestWorks.map((work): ContestWorkPage => {
    const { title, description, pubDate, round, prize, author, locality, genre } = work.data;
    const roundTitle = rounds.get(round.id)?.data.title ?? round.id;
    const base = pageBase(contestWorkPath(work.id), title, description, pubDate, undefined);
    return {
      kind: 'contestWork',
      entry: work,
      params: { slug: work.id },
      ...base,
      eyebrow: { text: `${ui.kinds.contestWork} · ${prize}`, href: contestPath(round.id) },
      lead: description,
      crumbs: [
        { name: ui.nav.contests, path: sections.contests },
        { name: roundTitle, path: contestPath(round.id) },
        { name: title, path: base.path },
      ],
      shareSummary: description,
      facts: [
        { label: ui.contests.round, values: [{ text: roundTitle, href: contestPath(round.id) }] },
        { label: ui.contests.prize, values: [{ text: prize }] },
        { label: ui.contests.author, values: [{ text: author }] },
        { label: ui.contests.locality, values: [{ text: localityPlace(locality.id, catalog.localities) }] },
        { label: ui.contests.genre, values: [{ text: genre }] },
      ],
      body: work,
      related: [
        {
          id: 'other-works',
          heading: ui.contests.otherWorks,
          links: (byRound.get(round.id) ?? []).filter((other) => other.id !== work.id).map(contestWorkLink),
        },
      ],
      search: { kind: 'contestWork', date: pubDate, localities: lookups.searchLocalities(locality.id), field: genre },
      radio: { item: contestWorkRadio(work), summary: description },
      structuredData: async () => [itemArticleLd(base, { author, section: roundTitle })],
    };
  });
}

/** A work read aloud: its title, then its text. */
function contestWorkRadio(work: ContestWork): RadioItem {
  return bodyRadio(work, { path: contestWorkPath(work.id), title: work.data.title, kindLabel: ui.kinds.contestWork });
}

/** A work in the feeds, filed under its prize and genre; a made-up one's title carries the mark. */
function contestWorkFeedEntry(work: ContestWork): RSSFeedItem {
  const { title, pubDate, description, sample, prize, genre } = work.data;
  return {
    title: shareTitle(title, sample),
    link: contestWorkPath(work.id),
    pubDate,
    description,
    categories: [ui.kinds.contestWork, prize, genre],
  };
}

/** Winning works: pages, radio and feed (newest first by publication date). */
export const contestWorkKind: ItemKind<ContestWork, ContestWorkPage> = {
  pages: contestWorkPages,
  radio: contestWorkRadio,
  feed: (catalog) => newestFirst(catalog.contestWorks.map(contestWorkFeedEntry)),
};
