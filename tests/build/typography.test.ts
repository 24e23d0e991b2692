/** One kind of quotation marks in what readers see: curly “…”, never straight "…" or «…». */
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist';

const pages = builtPages().filter((page) => page.path.endsWith('/') || page.path.endsWith('.html'));

/** The text a reader sees: the body without scripts, styles, code and no-script fallbacks. */
function visibleText(page: (typeof pages)[number]): string {
  const body = page.root.querySelector('body');
  if (!body) return '';
  const clone = body.clone() as typeof body;
  for (const element of clone.querySelectorAll('script, style, code, pre, template, noscript')) element.remove();
  return clone.text;
}

describe('quotation marks', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('are curly on every page', () => {
    const straight = pages.flatMap((page) => (visibleText(page).match(/.{0,20}["«»].{0,20}/gu) ?? []).map((hit) => `${page.path}: ${hit}`));
    expect(straight).toEqual([]);
  });
});
