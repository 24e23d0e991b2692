/**
 * Draws one share image: fits the title, lays the card out with satori (SVG,
 * text as paths) and encodes it to JPEG with sharp.
 */
import satori from 'satori';
import sharp from 'sharp';
import { shareCard } from './card.ts';
import { fitTitle, titleWords } from './fit-title.ts';
import { SHARE_FONT_FAMILY, type ShareFonts } from './fonts.ts';
import { PHOTO_WIDTH, titleBox } from './layout.ts';
import type { ShareMark } from './mark.ts';
import { createTextMeasurer } from './measure-text.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './paths.ts';
import { coverPhoto } from './photo.ts';

/** Bump when the card's look changes, so cached images are redrawn. */
export const RENDERER_VERSION = 1;

/**
 * JPEG settings: ~40–90 KB per card, well under the 300 KB Zalo and Facebook accept.
 * Progressive libjpeg-turbo with optimised Huffman tables: about a fifth of mozjpeg's
 * encoding time (which was a third of each card's cost) for files about 18 % larger.
 */
const JPEG = { quality: 82, progressive: true, optimiseCoding: true } as const;

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

/** Renders a card to a 1200×630 JPEG. */
export async function renderShareImage(input: ShareCardInput, assets: ShareAssets): Promise<Buffer> {
  const title = titleWords(input.title).join(' ') || input.siteName.normalize('NFC');
  const box = titleBox(input.photo !== undefined);
  const measure = await createTextMeasurer(assets.fonts.fonts, { fontFamily: SHARE_FONT_FAMILY, fontWeight: 700 }, [title]);
  const fitted = fitTitle(title, measure, box);
  const svg = await satori(
    shareCard({
      titleLines: fitted.lines,
      titleSize: fitted.fontSize,
      kind: input.kind?.normalize('NFC').trim() || undefined,
      siteName: input.siteName.normalize('NFC'),
      markUri: assets.mark.dataUri,
      photoUri: input.photo ? await coverPhoto(input.photo, PHOTO_WIDTH, SHARE_IMAGE_HEIGHT) : undefined,
    }),
    { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fonts: assets.fonts.fonts },
  );
  return sharp(Buffer.from(svg)).jpeg(JPEG).toBuffer();
}
