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
