/**
 * Gives every page of a built site its share image: reads each dist/**.html,
 * draws (or copies from the cache) the card, and writes it where
 * shareImagePath says. Independent of Astro so tests can run it on a fake dist/.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { copyFromCache, pruneCache, shareImageKey, writeCachedImage } from './cache.ts';
import { loadShareFonts } from './fonts.ts';
import { hashBytes } from './hash.ts';
import { MARK_SIZE } from './layout.ts';
import { loadShareMark } from './mark.ts';
import { shareImagePath } from './paths.ts';
import { mapWithConcurrency } from './pool.ts';
import { readSharePage } from './read-page.ts';
import { RENDERER_VERSION, renderShareImage, type ShareAssets, type ShareCardInput } from './render.ts';
import { listBuiltPages, type BuiltPage } from './site-pages.ts';

/** The part of Astro's integration logger this needs. */
export interface ShareImageLogger {
  info(message: string): void;
  warn(message: string): void;
}

/** Where to read, where to write, and what every card carries. */
export interface GenerateShareImagesOptions {
  /** The built site folder (Astro's `dist/`). */
  dir: string;
  /** Folder of cached JPEGs, kept between builds. */
  cacheDir: string;
  /** Site name shown on every card. */
  siteName: string;
  /** The site mark, an SVG file (public/favicon.svg). */
  markFile: string | URL;
  logger: ShareImageLogger;
  /** Cards drawn at once; defaults to the number of CPU cores (sharp encodes off the main thread). */
  concurrency?: number;
}

/** What a run did, for the build log and the tests. */
export interface ShareImagesReport {
  pages: number;
  rendered: number;
  cached: number;
  milliseconds: number;
}

/** A page's card and its cache key. */
interface PlannedCard {
  page: BuiltPage;
  input: ShareCardInput;
  key: string;
  /** The page's og:image names another page's image, so it needs none of its own. */
  borrowed: boolean;
}

/** Generates the share image of every page under `dir`. */
export async function generateShareImages(options: GenerateShareImagesOptions): Promise<ShareImagesReport> {
  const started = performance.now();
  const [fonts, mark, pages] = await Promise.all([
    loadShareFonts(),
    loadShareMark(options.markFile, MARK_SIZE * 2),
    listBuiltPages(options.dir),
  ]);
  const assets: ShareAssets = { fonts, mark };
  /** Cards being drawn, by key, so pages with identical cards (same title, kind and photo) draw once. */
  const drawing = new Map<string, Promise<Buffer>>();
  let rendered = 0;

  const outcomes = await mapWithConcurrency(pages, options.concurrency ?? availableParallelism(), async (page) => {
    const card = await planCard(page, assets, options);
    // A page that shows another page's image (a radio script, page 2 of a list) gets none of its own.
    if (card.borrowed) return undefined;
    const destination = join(options.dir, ...shareImagePath(page.pagePath).split('/'));
    await mkdir(dirname(destination), { recursive: true });
    if (!drawing.has(card.key) && (await copyFromCache(options.cacheDir, card.key, destination))) return card.key;
    let image = drawing.get(card.key);
    if (image === undefined) {
      image = drawCard(card, assets, options);
      drawing.set(card.key, image);
      rendered += 1;
      // Once drawn, the image is in the cache: later twins copy it from there instead of holding every JPEG in memory.
      image.then(
        () => drawing.delete(card.key),
        () => undefined,
      );
    }
    await writeFile(destination, await image);
    return card.key;
  });

  const keys = outcomes.filter((key): key is string => key !== undefined);
  await pruneCache(options.cacheDir, new Set(keys));
  const report = { pages: keys.length, rendered, cached: keys.length - rendered, milliseconds: Math.round(performance.now() - started) };
  options.logger.info(
    `${report.pages} share images: ${report.rendered} drawn, ${report.cached} reused from the cache, in ${report.milliseconds} ms` +
      (report.rendered > 0 ? ` (${Math.round(report.milliseconds / report.rendered)} ms per drawn image)` : ''),
  );
  return report;
}

/** Reads the page and its photo, and computes the cache key of its card. */
async function planCard(page: BuiltPage, assets: ShareAssets, options: GenerateShareImagesOptions): Promise<PlannedCard> {
  const shared = readSharePage(await readFile(page.file, 'utf8'));
  const borrowed = shared.imagePath !== undefined && shared.imagePath !== shareImagePath(page.pagePath);
  const photo = borrowed || shared.photoSrc === undefined ? undefined : await readPhoto(options.dir, page, shared.photoSrc, options.logger);
  const input: ShareCardInput = { title: shared.title, kind: shared.kind, siteName: options.siteName, photo };
  const key = shareImageKey({
    rendererVersion: RENDERER_VERSION,
    title: input.title,
    kind: input.kind,
    siteName: input.siteName,
    photoHash: photo && hashBytes(photo),
    fontsHash: assets.fonts.hash,
    markHash: assets.mark.hash,
  });
  return { page, input, key, borrowed };
}

/** Draws a card and stores it in the cache; a photo sharp cannot decode is dropped with a warning rather than failing the build. */
async function drawCard(card: PlannedCard, assets: ShareAssets, options: GenerateShareImagesOptions): Promise<Buffer> {
  let image: Buffer;
  try {
    image = await renderShareImage(card.input, assets);
  } catch (error) {
    if (card.input.photo === undefined) throw new Error(`Share image for ${card.page.pagePath} failed`, { cause: error });
    options.logger.warn(`${card.page.pagePath}: share photo unreadable (${(error as Error).message}); drawing the card without it.`);
    image = await renderShareImage({ ...card.input, photo: undefined }, assets);
  }
  await writeCachedImage(options.cacheDir, card.key, image);
  return image;
}

/** Loads the photo a page points at, resolved inside the built site; undefined (with a warning) if it is not there. */
async function readPhoto(dir: string, page: BuiltPage, src: string, logger: ShareImageLogger): Promise<Uint8Array | undefined> {
  const base = new URL(page.pagePath, 'https://site.invalid');
  const url = new URL(src, base);
  if (url.origin !== base.origin) {
    logger.warn(`${page.pagePath}: share photo "${src}" is not a file of this site; drawing the card without it.`);
    return undefined;
  }
  try {
    const file = join(dir, ...decodeURIComponent(url.pathname).split('/'));
    if (relative(dir, file).startsWith(`..${sep}`)) throw new Error('outside the build');
    return await readFile(file);
  } catch {
    logger.warn(`${page.pagePath}: share photo "${src}" not found in the build; drawing the card without it.`);
    return undefined;
  }
}
