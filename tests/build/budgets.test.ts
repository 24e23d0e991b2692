/**
 * Page-weight budgets for readers on slow mobile networks in the highlands: what an item page
 * needs in its first round trip, the JavaScript a page runs at first, each font file, and body
 * text that is in the HTML so no page needs JavaScript to be read. Runs on dist/ (or DIST_DIR).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, fileForPath, listFiles, type BuiltPage } from '../support/dist';

/**
 * TCP's first round trip carries about 14 KB (an initial window of 10 segments, RFC 6928):
 * an item page's frame and the CSS it links must fit in it, so its text can paint after one trip.
 */
const FIRST_ROUND_TRIP_BYTES = 14 * 1024;

/** JavaScript only enhances (share and copy buttons): 5 KB gzip keeps start-up quick on low-end phones. */
const FIRST_LOAD_JS_BYTES = 5 * 1024;

/** Each font subset: a larger file delays swapped-in text and costs readers on prepaid data. */
const FONT_FILE_BYTES = 40 * 1024;

/** Body text in the HTML itself: at least this many characters of paragraphs inside the page's [data-pagefind-body]. */
const MIN_BODY_TEXT_CHARS = 100;

/** Script types a browser runs; anything else (application/ld+json) is data. */
const RUNNABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Static imports and re-exports of a built module; dynamic import() is loaded on demand and not matched. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.m?js)["']/g;

const pages = builtPages();
const meta = (page: BuiltPage, key: string) => page.root.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
const items = pages.filter((page) => meta(page, 'og:type') === 'article');
const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

const fileBytes = new Map<string, Buffer>();
/** A built file's bytes by its site path, read once; throws when the page links a missing file. */
function siteFile(sitePath: string): Buffer {
  let bytes = fileBytes.get(sitePath);
  if (!bytes) {
    const file = fileForPath(sitePath);
    if (!file) throw new Error(`Linked file not in the build: ${sitePath}`);
    bytes = readFileSync(file);
    fileBytes.set(sitePath, bytes);
  }
  return bytes;
}

/** gzip bytes of the page without its body paragraphs' text, plus each stylesheet it links. */
function firstTripBytes(page: BuiltPage): number {
  const frame = parse(page.html);
  for (const paragraph of frame.querySelectorAll('[data-pagefind-body] p')) paragraph.set_content('');
  const styles = page.root
    .querySelectorAll('link[rel="stylesheet"][href]')
    .map((link) => gzipBytes(siteFile(new URL(link.getAttribute('href') ?? '', `https://site.invalid${page.path}`).pathname)));
  return gzipBytes(frame.toString()) + styles.reduce((sum, bytes) => sum + bytes, 0);
}

/** The module at `sitePath` and everything it imports statically, as site paths. */
function moduleGraph(sitePath: string, seen = new Set<string>()): Set<string> {
  if (seen.has(sitePath)) return seen;
  seen.add(sitePath);
  for (const [, specifier] of siteFile(sitePath).toString('utf8').matchAll(STATIC_IMPORT)) {
    moduleGraph(new URL(specifier ?? '', `https://site.invalid${sitePath}`).pathname, seen);
  }
  return seen;
}

/** gzip bytes of the JavaScript a page runs as it loads: script files with their static imports, and inline scripts. */
function firstLoadJsBytes(page: BuiltPage): number {
  const scripts = page.root
    .querySelectorAll('script')
    .filter((script) => RUNNABLE_TYPES.has((script.getAttribute('type') ?? '').toLowerCase()));
  const files = new Set<string>();
  let inline = 0;
  for (const script of scripts) {
    const src = script.getAttribute('src');
    if (src) moduleGraph(new URL(src, `https://site.invalid${page.path}`).pathname, files);
    else inline += gzipBytes(script.innerHTML);
  }
  return inline + [...files].reduce((sum, file) => sum + gzipBytes(siteFile(file)), 0);
}

/** Pages over a budget, worst first, as "path: bytes" lines for the failure message. */
function overBudget(measured: Array<[BuiltPage, number]>, budget: number): string[] {
  return measured
    .filter(([, bytes]) => bytes > budget)
    .sort((a, b) => b[1] - a[1])
    .map(([page, bytes]) => `${page.path}: ${bytes} B`);
}

describe('page-weight budgets', () => {
  it('has item pages to check', () => {
    expect(items.length).toBeGreaterThan(0);
  });

  it(`fits each item page's HTML (without its body text) and CSS in the first round trip (${FIRST_ROUND_TRIP_BYTES} B gzip)`, () => {
    expect(
      overBudget(
        items.map((page) => [page, firstTripBytes(page)]),
        FIRST_ROUND_TRIP_BYTES,
      ),
    ).toEqual([]);
  });

  it(`runs at most ${FIRST_LOAD_JS_BYTES} B gzip of JavaScript as any page loads`, () => {
    expect(
      overBudget(
        pages.map((page) => [page, firstLoadJsBytes(page)]),
        FIRST_LOAD_JS_BYTES,
      ),
    ).toEqual([]);
  });

  it(`keeps every font file under ${FONT_FILE_BYTES} B`, () => {
    const fontDir = path.join(distDir, '_astro/fonts');
    const fonts = listFiles(fontDir).filter((file) => file.endsWith('.woff2'));
    expect(fonts.length).toBeGreaterThan(0);
    const heavy = fonts
      .map((file) => [file, readFileSync(path.join(fontDir, file)).length] as const)
      .filter(([, bytes]) => bytes > FONT_FILE_BYTES);
    expect(heavy).toEqual([]);
  });

  it('puts every item page’s body text in the HTML, visible without JavaScript', () => {
    const missing = items.filter((page) => {
      const body = page.root.querySelector('[data-pagefind-body]');
      if (!body) return true;
      for (let node: typeof body | null = body; node; node = node.parentNode) {
        if (node.hasAttribute?.('hidden') || ['template', 'noscript'].includes(node.rawTagName?.toLowerCase() ?? '')) return true;
      }
      const text = body
        .querySelectorAll('p')
        .map((paragraph) => paragraph.text.trim())
        .join(' ');
      return text.length < MIN_BODY_TEXT_CHARS;
    });
    expect(missing.map((page) => page.path)).toEqual([]);
  });
});
