/**
 * Document codes ("05-CT/TW", "144-QĐ/TW") never break at their hyphen, whatever the width:
 * each block holding one is squeezed to 1 px, which makes the browser take every line break it
 * may, and the code must still stand on one line. One page of each template that prints a code,
 * and the search results that show them.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { builtPages } from '../support/dist';
import { TEMPLATES } from '../support/templates';
import { useSiteInBrowser } from '../support/site-browser';

const site = useSiteInBrowser();
const CODE = /\d[\d.]*(?:\/\d+)*(?:[-/]\p{Lu}[\p{Lu}\p{N}]*)*-\p{Lu}[\p{Lu}\p{N}]*(?:[-/]\p{Lu}[\p{Lu}\p{N}]*)*/u;

/** For each template, its first page whose main content prints a document code. */
const pagesWithCodes = TEMPLATES.flatMap(([name, pattern]) => {
  const page = builtPages().find(
    (candidate) => pattern.test(candidate.path) && CODE.test(candidate.root.querySelector('main')?.text ?? ''),
  );
  return page ? [[name, page.path] as const] : [];
});

/** The codes under `selector` that the browser would break when their block is squeezed to 1 px. */
function brokenCodes(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ selector, source }) => {
      const code = new RegExp(source, 'gu');
      const broken: string[] = [];
      const root = document.querySelector(selector)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const found: Array<{ node: Text; start: number; end: number }> = [];
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('svg, script, style')) continue;
        for (const match of node.data.matchAll(code)) found.push({ node, start: match.index, end: match.index + match[0].length });
      }
      for (const { node, start, end } of found) {
        let block = node.parentElement!;
        while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
        const saved = block.getAttribute('style');
        block.style.width = '1px';
        block.style.minWidth = '0';
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(node.data.slice(start, end));
        if (saved === null) block.removeAttribute('style');
        else block.setAttribute('style', saved);
      }
      return found.length ? broken : ['(no code found)'];
    },
    { selector, source: CODE.source },
  );
}

describe('document codes', () => {
  it('are printed on articles, charts, document pages and lists', () => {
    const names = pagesWithCodes.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(['article', 'chart', 'document', 'document list']));
  });

  it.each(pagesWithCodes)('never break at their hyphen on the %s page %s', async (_, path) => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.origin}${path}`);
    expect(await brokenCodes(page, 'main')).toEqual([]);
    await page.close();
  });

  it('never break in search results', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${site.origin}/tim-kiem/?q=${encodeURIComponent('chỉ thị 05')}`);
    await page.waitForSelector('[data-results][aria-busy="false"] .result', { state: 'attached' });
    expect(await brokenCodes(page, '[data-results]')).toEqual([]);
    await page.close();
  });
});
