/**
 * The contests section ("Cuộc thi, giải thưởng") of the built site, checked against the content
 * files read independently of Astro: each round's page with its facts, how to take part and its
 * prize list in the round's order of prizes; each winning work's page with its author spelt as
 * written; and the section's place in the menu, the home page, the feeds and the search.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPage, distDir, fileForPath, hrefsOn } from '../support/dist';
import { contestPath, contestWorkPath, feedPath, radioTextPath, sections } from '../../src/lib/routes';
import { shareImagePath } from '../../src/lib/share-image/paths';
import { publishedEntries } from '../support/content-files';

const rounds = publishedEntries('contests');
const works = publishedEntries('contest-works');

describe('Cuộc thi, giải thưởng', () => {
  it('has sample content to check: a judged round with works', () => {
    expect(rounds.length).toBeGreaterThan(0);
    expect(works.length).toBeGreaterThan(0);
  });

  it.each(rounds.map((round) => [round.id, round] as const))(
    '%s: page with facts, how to enter, prize list, radio, share image',
    (_id, round) => {
      const page = builtPage(contestPath(round.id));
      expect(page.root.querySelector('h1')?.text).toBe(round.data.title);
      const facts = page.root.querySelector('[data-pagefind-body]')?.text ?? '';
      for (const field of ['theme', 'organiser', 'howToEnter'] as const)
        expect(facts).toContain(String(round.data[field]).replaceAll('"', ''));
      expect(page.root.querySelector('.how-to-enter')?.text).toContain('không nhận bài dự thi');
      expect(page.root.querySelector('.sample-note') !== null).toBe(round.data.sample === true);
      // The prize list: each of the round's works, grouped under its prize, prizes in the round's order.
      const own = works.filter((work) => work.data.round === round.id);
      const listed = hrefsOn(contestPath(round.id), '.prize-list a');
      expect(listed.sort()).toEqual(own.map((work) => contestWorkPath(work.id)).sort());
      const prizes = page.root.querySelectorAll('.prize-list h3').map((heading) => heading.text);
      const order = (round.data.prizes as string[] | undefined) ?? [];
      expect(prizes).toEqual([...prizes].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      expect(fileForPath(radioTextPath(contestPath(round.id)))).toBeDefined();
      expect(existsSync(path.join(distDir, shareImagePath(contestPath(round.id))))).toBe(true);
    },
  );

  it.each(works.map((work) => [work.id, work] as const))(
    '%s: page with its round, prize, author as written, text, radio, share image',
    (_id, work) => {
      const page = builtPage(contestWorkPath(work.id));
      expect(page.root.querySelector('h1')?.text).toBe(work.data.title);
      const facts = page.root.querySelector('[data-pagefind-body] dl')?.text ?? '';
      expect(facts).toContain(String(work.data.author));
      expect(facts).toContain(String(work.data.prize));
      expect(page.html).toContain(String(work.data.author));
      expect(hrefsOn(contestWorkPath(work.id), '[data-pagefind-body] a')).toContain(contestPath(String(work.data.round)));
      expect(fileForPath(radioTextPath(contestWorkPath(work.id)))).toBeDefined();
      expect(existsSync(path.join(distDir, shareImagePath(contestWorkPath(work.id))))).toBe(true);
    },
  );

  it('lists every round on /cuoc-thi/, every work on /cuoc-thi/tac-pham/, and both in the menu, home page and feeds', () => {
    expect(hrefsOn(sections.contests, '.contest-list h3 a').sort()).toEqual(rounds.map((round) => contestPath(round.id)).sort());
    expect(hrefsOn(sections.contestWorks, '.work-list a').sort()).toEqual(works.map((work) => contestWorkPath(work.id)).sort());
    expect(hrefsOn('/', 'nav a')).toContain(sections.contests);
    expect(hrefsOn('/', '.section-links a')).toEqual(expect.arrayContaining([contestPath(rounds[0]!.id)]));
    const feed = readFileSync(fileForPath(feedPath(sections.contests))!, 'utf8');
    for (const round of rounds) expect(feed).toContain(contestPath(round.id));
    const workFeed = readFileSync(fileForPath(feedPath(sections.contestWorks))!, 'utf8');
    for (const work of works) expect(workFeed).toContain(contestWorkPath(work.id));
  });
});
