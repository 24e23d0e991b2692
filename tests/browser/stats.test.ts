/**
 * Figures (the home page's and every MDX <Stats>/<Stat>) at phone, tablet and desktop widths:
 * a number never breaks across lines, a grid of figures never leaves one box alone on its last
 * row, and a figure standing on its own keeps its distance from the text below.
 */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();
const WIDTHS = [360, 768, 1024, 1440];
const statPages = builtPages()
  .filter((page) => page.root.querySelector('[data-radio="stat"]') && !page.path.includes('/ban-doc/'))
  .map((page) => page.path);

interface Findings {
  brokenNumbers: string[];
  loneBoxes: string[];
  tightStats: string[];
}

async function inspect(width: number, path: string): Promise<Findings> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  const findings = await page.evaluate(() => {
    const brokenNumbers: string[] = [];
    for (const stat of document.querySelectorAll('[data-radio="stat"]')) {
      const value = stat.querySelector('.stat-value') ?? stat;
      const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/\d[\d.,]*/g)) {
          const range = document.createRange();
          range.setStart(node, match.index ?? 0);
          range.setEnd(node, (match.index ?? 0) + match[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) brokenNumbers.push(value.textContent?.trim() ?? '');
        }
      }
    }
    const loneBoxes: string[] = [];
    const grids = new Set(
      [...document.querySelectorAll('[data-radio="stat"]')]
        .map((stat) => stat.parentElement)
        .filter((parent) => parent && parent.querySelectorAll(':scope > [data-radio="stat"]').length > 1),
    );
    for (const grid of grids) {
      const boxes = [...(grid?.children ?? [])].map((box) => box.getBoundingClientRect());
      const rows = new Map<number, DOMRect[]>();
      for (const box of boxes) rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), box]);
      const last = [...rows.entries()].sort((a, b) => a[0] - b[0]).at(-1)?.[1] ?? [];
      const gridWidth = grid?.getBoundingClientRect().width ?? 0;
      if (rows.size > 1 && last.length === 1 && (last[0]?.width ?? 0) < gridWidth - 1)
        loneBoxes.push(grid?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '');
    }
    const tightStats: string[] = [];
    for (const stat of document.querySelectorAll('[data-radio="stat"]')) {
      const next = stat.nextElementSibling;
      if (!next || stat.parentElement?.querySelectorAll(':scope > [data-radio="stat"]').length !== 1) continue;
      const gap = next.getBoundingClientRect().top - stat.getBoundingClientRect().bottom;
      if (gap < 16) tightStats.push(`${stat.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40)} (${Math.round(gap)} px)`);
    }
    return { brokenNumbers, loneBoxes, tightStats };
  });
  await context.close();
  return findings;
}

describe('big numbers (<Stats>, <Stat>)', () => {
  it('are on the home page and in articles and stories', () => {
    expect(statPages).toContain('/');
    expect(statPages.length).toBeGreaterThan(2);
  });

  describe.each(WIDTHS)('at %i px', (width) => {
    it.each(statPages)('%s: no number broken, no lone box, room below a lone figure', async (path) => {
      const findings = await inspect(width, path);
      expect(findings).toEqual({ brokenNumbers: [], loneBoxes: [], tightStats: [] });
    });
  });
});

/** What a chart looks like at one width: drawn text sizes, bar widths, and how its table's row headers wrap. */
interface ChartLayout {
  textSizes: number[];
  barWidths: number[];
  /** Words per line of each row header. */
  wordsPerLine: number[];
  captions: string[];
}

async function chartLayout(width: number, path: string): Promise<ChartLayout> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
  const layout = await page.evaluate(() => {
    const charts = [...document.querySelectorAll('[data-chart]')];
    return {
      textSizes: charts.flatMap((chart) => {
        const svg = chart.querySelector('svg')!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map((text) => parseFloat(getComputedStyle(text).fontSize) * scale);
      }),
      barWidths: charts.flatMap((chart) => [...chart.querySelectorAll('svg rect')].map((rect) => rect.getBoundingClientRect().width)),
      wordsPerLine: charts.flatMap((chart) =>
        [...chart.querySelectorAll('th[scope="row"]')].map((th) => {
          const style = getComputedStyle(th);
          const lines = Math.round(
            (th.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) /
              parseFloat(style.lineHeight),
          );
          return (th.textContent ?? '').trim().split(/\s+/u).length / Math.max(1, lines);
        }),
      ),
      captions: charts.map((chart) => chart.querySelector('caption')?.textContent?.replace(/\s+/gu, ' ').trim() ?? ''),
    };
  });
  await context.close();
  return layout;
}

const chartPages = builtPages()
  .filter((page) => page.root.querySelector('[data-chart]'))
  .map((page) => page.path);

describe('charts', () => {
  it('are on the figures pages', () => {
    expect(chartPages).toContain('/so-lieu/khen-thuong/');
  });

  it.each(chartPages)('%s: labels and figures at least 14 px and no bar thinner than 3 px on a 360 px phone', async (path) => {
    const { textSizes, barWidths } = await chartLayout(360, path);
    expect(textSizes.length).toBeGreaterThan(0);
    expect(textSizes.filter((size) => size < 14).map((size) => size.toFixed(1))).toEqual([]);
    expect(barWidths.length).toBeGreaterThan(0);
    expect(barWidths.filter((bar) => bar < 3).map((bar) => bar.toFixed(1))).toEqual([]);
  });

  describe.each([768, 1024, 1280])('at %i px', (width) => {
    it.each(chartPages)('%s: the table is not squeezed (3 or more words a line in row headers), its caption spaced', async (path) => {
      const { wordsPerLine, captions } = await chartLayout(width, path);
      expect(wordsPerLine.length).toBeGreaterThan(0);
      expect(wordsPerLine.filter((words) => words < 3).map((words) => words.toFixed(1))).toEqual([]);
      expect(captions.filter((caption) => !/^[^:]+: \S/u.test(caption))).toEqual([]);
    });
  });
});
