/** Reading the built site in tests: every HTML page, parsed once. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { siteFile } from '../../src/cms/local-server/static-site.ts';

/** The built site's folder. */
export const distDir = path.resolve(process.env.DIST_DIR ?? 'dist');

/** One built HTML page. */
export interface BuiltPage {
  /** Site path, e.g. "/bai-viet/abc/". */
  path: string;
  /** File on disk. */
  file: string;
  /** Raw HTML. */
  html: string;
  /** Parsed document. */
  root: HTMLElement;
}

/** Every file under a folder, recursively, as paths relative to it. */
export function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

let cache: BuiltPage[] | undefined;

/** Site path of the editor UI, which is not a page for readers (tests/build/admin.test.ts checks it). */
export const ADMIN_PATH = '/admin/';

/** Every HTML page of dist/ that readers see, sorted by path. Fails clearly when the site was not built. */
export function builtPages(): BuiltPage[] {
  cache ??= htmlFiles().filter((page) => !isMovedPage(page));
  return cache;
}

/** The old addresses of renamed items, which only send readers on (tests/build/moved-pages.test.ts checks them). */
export function movedPageFiles(): BuiltPage[] {
  return htmlFiles().filter(isMovedPage);
}

const isMovedPage = (page: BuiltPage) => page.html.includes('http-equiv="refresh"');

function htmlFiles(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error(`No built site at ${distDir}: run "npm run build" first (npm test does).`);
  return listFiles(distDir)
    .filter((file) => file.endsWith('.html') && !`/${file}`.startsWith(ADMIN_PATH))
    .sort()
    .map((file) => {
      const html = readFileSync(path.join(distDir, file), 'utf8');
      const sitePath = `/${file}`.replace(/index\.html$/, '');
      return { path: sitePath, file, html, root: parse(html) };
    });
}

/** The built page at a site path; throws when it is missing. */
export function builtPage(sitePath: string): BuiltPage {
  const page = builtPages().find((p) => p.path === sitePath);
  if (!page) throw new Error(`No built page at ${sitePath}`);
  return page;
}

/** Resolves a site path ("/a/b/", "/x.xml") to the file of dist/ that serves it, if any. */
export const fileForPath = (sitePath: string): string | undefined => siteFile(distDir, sitePath);
