/**
 * Gives every page of a built site its share image: reads each dist/**.html,
 * draws (or copies from the cache) the card, and writes it where
 * shareImagePath says. Independent of Astro so tests can run it on a fake dist/.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { linkFromCache, pruneCache, shareImageKey, writeCachedImage } from './cache.ts';
import { loadShareFonts } from './fonts.ts';
import { hashBytes } from '../../lib/share-image/hash.ts';
import { shareImagePath } from '../../lib/share-image/paths.ts';
import { mapWithConcurrency } from '../../lib/share-image/pool.ts';
import { readSharePage, type SharePage } from '../../lib/share-image/read-page.ts';
import type { StepCache } from '../build-steps/step-cache.ts';
import { RENDERER_VERSION, type ShareCardInput } from './render.ts';
import { createRenderThreads, type CardRenderer } from './render-threads.ts';
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
  /** Worker threads drawing cards; defaults to the number of CPU cores. */
  threads?: number;
  /** What the last build read from each page, reused for pages Astro records as unchanged (see build-steps/). */
  reuse?: { stamps: ReadonlyMap<string, string>; cache: StepCache<SharePage> };
}

/** What a run did, for the build log and the tests. */
export interface ShareImagesReport {
  pages: number;
  rendered: number;
  cached: number;
  milliseconds: number;
}

/** A page's card, without the photo's bytes (read again only if the card is drawn), and its cache key. */
interface PlannedCard {
  page: BuiltPage;
  input: Omit<ShareCardInput, 'photo'>;
  photoFile?: string;
  key: string;
  /** The page's og:image names another page's image, so it needs none of its own. */
  borrowed: boolean;
}

/** Fingerprints every card shares: the renderer, the fonts and the mark. */
interface CardBasis {
  fontsHash: string;
  markHash: string;
  /** Photo hashes by file, so a photo many pages show is read and hashed once. */
  photoHashes: Map<string, Promise<string | undefined>>;
}

/** Generates the share image of every page under `dir`. */
export async function generateShareImages(options: GenerateShareImagesOptions): Promise<ShareImagesReport> {
  const started = performance.now();
  const markFile = typeof options.markFile === 'string' ? pathToFileURL(options.markFile) : options.markFile;
  const [fonts, mark, pages] = await Promise.all([loadShareFonts(), readFile(markFile), listBuiltPages(options.dir)]);
  const basis: CardBasis = { fontsHash: fonts.hash, markHash: hashBytes(mark), photoHashes: new Map() };
  const threads = options.threads ?? availableParallelism();
  const renderer = createRenderThreads({ threads, markFile });
  /** Cards being drawn, by key, so pages with identical cards (same title, kind and photo) draw once. */
  const drawing = new Map<string, Promise<Uint8Array>>();
  let rendered = 0;

  // Two cards per thread in flight: one laid out while the other is encoded, and pages read meanwhile.
  const outcomes = await mapWithConcurrency(pages, threads * 2, async (page) => {
    const card = await planCard(page, basis, options);
    // A page that shows another page's image (a radio script, page 2 of a list) gets none of its own.
    if (card.borrowed) return undefined;
    const destination = join(options.dir, ...shareImagePath(page.pagePath).split('/'));
    await mkdir(dirname(destination), { recursive: true });
    // A file left there may be a hard link into the cache: writing through it would change the cached image.
    await rm(destination, { force: true });
    if (!drawing.has(card.key) && (await linkFromCache(options.cacheDir, card.key, destination))) return card.key;
    let image = drawing.get(card.key);
    if (image === undefined) {
      image = drawCard(card, renderer, options);
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
  }).finally(() => renderer.close());

  const keys = outcomes.filter((key): key is string => key !== undefined);
  await pruneCache(options.cacheDir, new Set(keys));
  const report = { pages: keys.length, rendered, cached: keys.length - rendered, milliseconds: Math.round(performance.now() - started) };
  options.logger.info(
    `${report.pages} share images: ${report.rendered} drawn, ${report.cached} reused from the cache, in ${report.milliseconds} ms` +
      (report.rendered > 0 ? ` (${Math.round(report.milliseconds / report.rendered)} ms per drawn image, ${threads} threads)` : ''),
  );
  return report;
}

/** Reads the page and finds its photo, and computes the cache key of its card. */
async function planCard(page: BuiltPage, basis: CardBasis, options: GenerateShareImagesOptions): Promise<PlannedCard> {
  const relativeFile = relative(options.dir, page.file).split(sep).join('/');
  const stamp = options.reuse?.stamps.get(relativeFile);
  const shared = options.reuse?.cache.get(relativeFile, stamp) ?? readSharePage(await readFile(page.file, 'utf8'));
  options.reuse?.cache.set(relativeFile, stamp, shared);
  const borrowed = shared.imagePath !== undefined && shared.imagePath !== shareImagePath(page.pagePath);
  let photoFile = borrowed || shared.photoSrc === undefined ? undefined : photoFileOf(options.dir, page, shared.photoSrc, options.logger);
  let photoHash: string | undefined;
  if (photoFile !== undefined) {
    const file = photoFile;
    if (!basis.photoHashes.has(file))
      basis.photoHashes.set(
        file,
        readFile(file).then(hashBytes, () => undefined),
      );
    photoHash = await basis.photoHashes.get(file);
    if (photoHash === undefined) {
      options.logger.warn(`${page.pagePath}: share photo "${shared.photoSrc}" not found in the build; drawing the card without it.`);
      photoFile = undefined;
    }
  }
  const input = { title: shared.title, kind: shared.kind, siteName: options.siteName };
  const key = shareImageKey({
    rendererVersion: RENDERER_VERSION,
    title: input.title,
    kind: input.kind,
    siteName: input.siteName,
    photoHash,
    fontsHash: basis.fontsHash,
    markHash: basis.markHash,
  });
  return { page, input, photoFile, key, borrowed };
}

/** Draws a card and stores it in the cache; a photo sharp cannot decode is dropped with a warning rather than failing the build. */
async function drawCard(card: PlannedCard, renderer: CardRenderer, options: GenerateShareImagesOptions): Promise<Uint8Array> {
  const photo = card.photoFile === undefined ? undefined : await readFile(card.photoFile);
  let image: Uint8Array;
  try {
    image = await renderer.render({ ...card.input, photo });
  } catch (error) {
    if (photo === undefined) throw new Error(`Share image for ${card.page.pagePath} failed`, { cause: error });
    options.logger.warn(`${card.page.pagePath}: share photo unreadable (${(error as Error).message}); drawing the card without it.`);
    image = await renderer.render(card.input);
  }
  await writeCachedImage(options.cacheDir, card.key, image);
  return image;
}

/** The file of the photo a page points at, inside the built site; undefined (with a warning) if it points elsewhere. */
function photoFileOf(dir: string, page: BuiltPage, src: string, logger: ShareImageLogger): string | undefined {
  const base = new URL(page.pagePath, 'https://site.invalid');
  const url = new URL(src, base);
  if (url.origin !== base.origin) {
    logger.warn(`${page.pagePath}: share photo "${src}" is not a file of this site; drawing the card without it.`);
    return undefined;
  }
  const file = join(dir, ...safeDecode(url.pathname).split('/'));
  if (relative(dir, file).startsWith(`..${sep}`)) {
    logger.warn(`${page.pagePath}: share photo "${src}" not found in the build; drawing the card without it.`);
    return undefined;
  }
  return file;
}

/** Decodes %-escapes, leaving a malformed path as it is (it then matches no file). */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
