/**
 * The look of three pages a design review found wanting (#24, 6–8): the home at 1280 px (a lead
 * with its picture, columns that end together, even rows of cards, no stray bullet), exemplar
 * profiles and cards (no drawn stand-in filling a phone's first screen, one kind of illustration
 * on every card) and /phat-thanh/ (a calendar by year and month under this week's programme,
 * compact on a wide screen).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { phoneContext } from '../support/browser';
import { builtPages } from '../support/dist';
import { useSiteInBrowser } from '../support/site-browser';
import { sections } from '../../src/lib/routes';

const site = useSiteInBrowser();

/** Opens `path` in a desktop tab `width` px wide, fonts loaded. */
async function openWide(path: string, width = 1280): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 }, locale: 'vi-VN' });
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Cards of a list grouped into rows by their top edge: each card's height and its title's top. */
function cardRows(page: Page, list: string, title: string) {
  return page.$$eval(
    `${list} > li`,
    (cards, titleSelector) => {
      const rows = new Map<number, { height: number; titleTop: number; left: number; right: number }[]>();
      for (const card of cards) {
        const box = card.getBoundingClientRect();
        const top = Math.round(box.top);
        const heading = card.querySelector(titleSelector)?.getBoundingClientRect();
        rows.set(top, [
          ...(rows.get(top) ?? []),
          { height: Math.round(box.height), titleTop: Math.round(heading?.top ?? NaN), left: box.left, right: box.right },
        ]);
      }
      return [...rows.values()];
    },
    title,
  );
}

describe('home at 1280 px', () => {
  it('leads with an article, large, with its picture', async () => {
    const page = await openWide('/');
    const lead = await page.evaluate(() => {
      const item = document.querySelector('.lead-item');
      const image = item?.querySelector('img')?.getBoundingClientRect();
      return {
        href: item?.querySelector('h2 a')?.getAttribute('href') ?? '',
        imageWidth: image?.width ?? 0,
        imageHeight: image?.height ?? 0,
      };
    });
    await page.close();
    expect(lead.href.startsWith('/bai-viet/')).toBe(true);
    expect(lead.imageWidth).toBeGreaterThanOrEqual(600);
    expect(lead.imageHeight).toBeGreaterThanOrEqual(300);
  });

  it('ends its two top columns within 24 px of each other', async () => {
    const page = await openWide('/');
    // Where what a reader sees in a column ends: the last text, rule or filled box.
    const ends = await page.evaluate(() =>
      ['.home-top__main', '.home-top__side'].map((selector) => {
        const column = document.querySelector(selector);
        let bottom = column?.getBoundingClientRect().top ?? 0;
        for (const element of column?.querySelectorAll('*') ?? []) {
          const box = element.getBoundingClientRect();
          if (box.height === 0 || element.closest('[hidden]')) continue;
          const style = getComputedStyle(element);
          const filled = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || parseFloat(style.borderBottomWidth) > 0;
          const text = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
          if (filled || text) bottom = Math.max(bottom, box.bottom);
        }
        return Math.round(bottom);
      }),
    );
    await page.close();
    const [main = 0, side = 0] = ends;
    expect(Math.abs(main - side), `left column ends at ${main}, right at ${side}`).toBeLessThanOrEqual(24);
  });

  it('sets the latest articles in even rows: full rows, equal heights, titles level', async () => {
    const page = await openWide('/');
    const rows = await cardRows(page, '[aria-labelledby="latest-heading"] ul', '.card__title');
    await page.close();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.length).toBe(rows[0]?.length);
      expect(new Set(row.map((card) => card.height)).size, 'card heights in a row').toBe(1);
      expect(new Set(row.map((card) => card.titleTop)).size, 'title tops in a row').toBe(1);
    }
  });

  it('fills the row of story collections', async () => {
    const page = await openWide('/');
    const filled = await page.evaluate(() => {
      const list = document.querySelector('[aria-labelledby="stories-heading"] ul');
      const cards = [...(list?.children ?? [])].map((card) => card.getBoundingClientRect());
      const width = list?.getBoundingClientRect().width ?? 1;
      return (Math.max(...cards.map((card) => card.right)) - Math.min(...cards.map((card) => card.left))) / width;
    });
    await page.close();
    expect(filled).toBeGreaterThan(0.95);
  });

  it('shows no bullet under the figures', async () => {
    const page = await openWide('/');
    const bullets = await page.$$eval(
      '.highlights li',
      (items) =>
        items.filter((item) => getComputedStyle(item).display === 'list-item' && getComputedStyle(item).listStyleType !== 'none').length,
    );
    await page.close();
    expect(bullets).toBe(0);
  });
});

const profiles = builtPages()
  .map((page) => page.path)
  .filter((path) => /^\/tam-guong-binh-di\/(?!dia-ban\/|linh-vuc\/|loai\/|nam\/)[^/]+\/$/u.test(path));

describe('exemplars', () => {
  it('have profiles to check', () => {
    expect(profiles.length).toBeGreaterThan(5);
  });

  it.each(profiles)('%s: at 360 px the name comes first and no picture in the first screen is taller than 160 px', async (path) => {
    const context = await phoneContext(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    const seen = await page.evaluate(() => {
      const screen = window.innerHeight;
      const pictures = [...document.querySelectorAll('main img, main svg, main [data-art-panel]')]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.top < screen && box.height > 0);
      const name = document.querySelector('h1')?.getBoundingClientRect();
      return { tallest: Math.max(0, ...pictures.map((box) => Math.round(box.height))), nameBottom: name?.bottom ?? Infinity, screen };
    });
    await context.close();
    expect(seen.tallest).toBeLessThanOrEqual(160);
    expect(seen.nameBottom).toBeLessThan(seen.screen);
  });

  it('cards all carry one kind of illustration, and no initial stands in for a face', async () => {
    const page = await openWide(sections.exemplars);
    const illustrations = await page.$$eval('.exemplar-card', (cards) =>
      cards.map((card) => {
        const art = card.firstElementChild;
        return {
          kind: art?.matches('img, picture') ? 'photo' : art?.getAttribute('data-art-panel') ? 'panel' : `other:${art?.tagName}`,
          initial: /^\p{L}$/u.test(art?.textContent?.trim() ?? ''),
        };
      }),
    );
    await page.close();
    expect(illustrations.length).toBeGreaterThan(5);
    expect(new Set(illustrations.map((art) => art.kind))).toEqual(new Set(['panel']));
    expect(illustrations.filter((art) => art.initial)).toEqual([]);
  });
});

describe('/phat-thanh/', () => {
  it('groups the programmes by year, then month, newest first', async () => {
    const page = await openWide(sections.radio);
    const headings = await page.$$eval('[data-programme-list] h3, [data-programme-list] h4', (elements) =>
      elements.map((element) => ({ level: element.tagName, text: element.textContent?.trim() ?? '' })),
    );
    await page.close();
    const years = headings.filter((heading) => heading.level === 'H3').map((heading) => Number(heading.text.replace(/\D/gu, '')));
    expect(years.length).toBeGreaterThan(0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(headings.filter((heading) => heading.level === 'H4').length).toBeGreaterThan(years.length);
    for (const heading of headings.filter((candidate) => candidate.level === 'H4')) expect(heading.text).toMatch(/^Tháng \d{1,2}$/u);
  });

  it('highlights the programme of the reader’s week above the list', async () => {
    const page = await openWide(sections.radio);
    const current = await page.evaluate(() => {
      const box = document.querySelector('[data-current-programme]');
      const list = document.querySelector('[data-programme-list]');
      const link = box?.querySelector<HTMLAnchorElement>('[data-week-start]:not([hidden]) a');
      return {
        above: Boolean(box && list && box.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING),
        href: link?.getAttribute('href') ?? '',
      };
    });
    await page.close();
    expect(current.above).toBe(true);
    expect(current.href).toMatch(/^\/phat-thanh\/\d{4}\/tuan-\d{2}\/$/u);
  });

  it('is a compact calendar at 1280 px: months side by side, the list under 2,500 px', async () => {
    const page = await openWide(sections.radio);
    const layout = await page.evaluate(() => {
      const list = document.querySelector('[data-programme-list]');
      const months = [...(list?.querySelectorAll('.programme-list__month') ?? [])].map((month) =>
        Math.round(month.getBoundingClientRect().top),
      );
      return { height: list?.getBoundingClientRect().height ?? Infinity, firstRow: months.filter((top) => top === months[0]).length };
    });
    await page.close();
    expect(layout.height).toBeLessThan(2500);
    expect(layout.firstRow).toBeGreaterThanOrEqual(3);
  });
});
