/**
 * Draws one share image: fits the title, lays its text out with satori (SVG, text as
 * paths), and with sharp stacks it and the photo on the frame, then encodes a JPEG.
 * The frame (gradient ground, footer, mark) is the same on every card, so it is drawn
 * once per build and kept as raw pixels: that was a third of each card's drawing time.
 */
import satori from 'satori';
import sharp, { type OverlayOptions } from 'sharp';
import { cardFrame, cardText } from '../../lib/share-image/card.ts';
import { fitTitle, titleWords } from '../../lib/share-image/fit-title.ts';
import type { ShareFonts } from './fonts.ts';
import { PHOTO_WIDTH, SHARE_FONT_FAMILY, titleBox } from '../../lib/share-image/layout.ts';
import type { ShareMark } from './mark.ts';
import { createTextMeasurer } from '../../lib/share-image/measure-text.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '../../lib/share-image/paths.ts';
import { coverPhoto, type RawImage } from './photo.ts';

/** Bump when the card's look changes, so cached images are redrawn. */
export const RENDERER_VERSION = 3;

/**
 * JPEG settings: ~30–90 KB per card, well under the 300 KB Zalo and Facebook accept.
 * Baseline libjpeg-turbo with optimised Huffman tables: measured on 40 sample cards, 5.8 ms
 * per card against 8.9 ms progressive (files 4 % larger) and a fifth of mozjpeg's time;
 * a preview card is small and shown once loaded, so progressive display buys little.
 */
const JPEG = { quality: 82, optimiseCoding: true } as const;

/** What a card shows. The title may be in any Unicode normal form. */
export interface ShareCardInput {
  title: string;
  kind?: string;
  siteName: string;
  /** Photo file bytes (webp, avif, jpeg or png). */
  photo?: Uint8Array;
}

/** Loaded once per build and shared by every card. */
export interface ShareAssets {
  fonts: ShareFonts;
  mark: ShareMark;
}

/** Drawn frames per asset set, by site name and layout. */
const frames = new WeakMap<ShareAssets, Map<string, Promise<RawImage>>>();

/** The frame for a site name, with or without the photo slot, drawn on first use. */
function frameOf(assets: ShareAssets, siteName: string, withPhoto: boolean): Promise<RawImage> {
  let drawn = frames.get(assets);
  if (!drawn) {
    drawn = new Map();
    frames.set(assets, drawn);
  }
  const key = `${withPhoto}\u0000${siteName}`;
  let frame = drawn.get(key);
  if (!frame) {
    frame = satori(cardFrame({ siteName, markUri: assets.mark.dataUri, withPhoto }), {
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      fonts: assets.fonts.fonts,
    }).then(async (svg) => {
      const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
      return { data, info: { width: info.width, height: info.height, channels: 3 as const } };
    });
    drawn.set(key, frame);
  }
  return frame;
}

/** Renders a card to a 1200×630 JPEG. */
export async function renderShareImage(input: ShareCardInput, assets: ShareAssets): Promise<Buffer> {
  const siteName = input.siteName.normalize('NFC');
  const title = titleWords(input.title).join(' ') || siteName;
  const withPhoto = input.photo !== undefined;
  const measure = await createTextMeasurer(assets.fonts.fonts, { fontFamily: SHARE_FONT_FAMILY, fontWeight: 700 }, [title]);
  const fitted = fitTitle(title, measure, titleBox(withPhoto));
  const [frame, text, photo] = await Promise.all([
    frameOf(assets, siteName, withPhoto),
    satori(
      cardText({ titleLines: fitted.lines, titleSize: fitted.fontSize, kind: input.kind?.normalize('NFC').trim() || undefined, withPhoto }),
      {
        width: SHARE_IMAGE_WIDTH,
        height: SHARE_IMAGE_HEIGHT,
        fonts: assets.fonts.fonts,
      },
    ),
    input.photo && coverPhoto(input.photo, PHOTO_WIDTH, SHARE_IMAGE_HEIGHT),
  ]);
  const layers: OverlayOptions[] = [{ input: Buffer.from(text), top: 0, left: 0 }];
  if (photo) layers.push({ input: photo.data, raw: photo.info, top: 0, left: SHARE_IMAGE_WIDTH - PHOTO_WIDTH });
  return sharp(frame.data, { raw: frame.info }).composite(layers).jpeg(JPEG).toBuffer();
}
