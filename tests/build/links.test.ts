/** No broken internal link, anchor, image or source set anywhere in the built site. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { builtPages, fileForPath } from '../support/dist';

const pages = builtPages();
const idsCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(
      parse(readFileSync(file, 'utf8'))
        .querySelectorAll('[id]')
        .map((element) => element.id),
    );
    idsCache.set(file, ids);
  }
  return ids;
}

/** Internal references of a page: href of links, src and srcset of images and sources, script src. */
function references(page: (typeof pages)[number]): string[] {
  const refs: string[] = [];
  for (const element of page.root.querySelectorAll('a[href], link[href]')) {
    const rel = element.getAttribute('rel') ?? '';
    if (element.tagName === 'LINK' && /canonical|alternate/.test(rel)) continue;
    refs.push(element.getAttribute('href') ?? '');
  }
  for (const element of page.root.querySelectorAll('img[src], script[src]')) refs.push(element.getAttribute('src') ?? '');
  for (const element of page.root.querySelectorAll('[srcset]')) {
    for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) refs.push(candidate.trim().split(/\s+/)[0] ?? '');
  }
  return refs.filter((ref) => ref && !/^(https?:|mailto:|tel:|data:)/.test(ref));
}

describe('internal links', () => {
  it('finds links to check', () => {
    expect(pages.flatMap(references).length).toBeGreaterThan(pages.length * 5);
  });

  it.each(pages.map((page) => [page.path, page] as const))('%s: every link, anchor and image resolves', (_, page) => {
    const broken: string[] = [];
    for (const ref of references(page)) {
      const url = new URL(ref, `http://site${page.path}`);
      const file = fileForPath(url.pathname);
      if (!file) {
        broken.push(ref);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) broken.push(ref);
    }
    expect(broken).toEqual([]);
  });
});

describe('links that leave the site', () => {
  it('are only the Facebook share link, and load nothing', () => {
    const external = pages.flatMap((page) =>
      page.root
        .querySelectorAll('[src], link[href]:not([rel="canonical"]):not([rel="alternate"])')
        .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '')
        .filter((ref) => /^https?:/.test(ref)),
    );
    expect(external).toEqual([]);
  });
});
