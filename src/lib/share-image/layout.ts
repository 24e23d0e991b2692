/** Geometry and colours of the share card, shared by the title fitting and the card drawing. */
import type { TitleBox } from './fit-title.ts';
import { SHARE_IMAGE_WIDTH } from './paths.ts';

/** The campaign's identity: deep red ground, warm off-white type, gold accents. */
export const COLORS = {
  red: '#8b1a1a',
  redDeep: '#6b1212',
  paper: '#fbf5e9',
  gold: '#c9a227',
  goldSoft: 'rgba(201, 162, 39, 0.55)',
} as const;

/** Inner margins of the card, in pixels. */
export const PADDING = { x: 72, y: 52 } as const;

/** Width of the photo panel: the right third of the card. */
export const PHOTO_WIDTH = 400;

/** Width of the gold rule that separates the photo from the text. */
export const PHOTO_RULE_WIDTH = 6;

/** Title line height as a multiple of the font size; roomy enough for stacked marks on capitals (Ẫ, Ỗ). */
export const TITLE_LINE_HEIGHT = 1.2;

/** Font size of the kind label, in pixels: still readable at Zalo's ~720 px thumbnail (×0.6). */
export const KIND_FONT_SIZE = 26;

/** Font size of the site name in the footer, in pixels. */
export const SITE_FONT_SIZE = 32;

/** Drawn size of the site mark, in pixels. */
export const MARK_SIZE = 56;

/** Height of the footer: its 2 px hairline, 22 px above the mark, and the mark. */
export const FOOTER_HEIGHT = 2 + 22 + MARK_SIZE;

/** The title box: full width without a photo; narrower, with a line more and smaller sizes, beside a photo. */
export function titleBox(withPhoto: boolean): TitleBox {
  if (withPhoto) {
    return { width: SHARE_IMAGE_WIDTH - PHOTO_WIDTH - PHOTO_RULE_WIDTH - 2 * PADDING.x, maxLines: 5, maxFontSize: 56, minFontSize: 36 };
  }
  return { width: SHARE_IMAGE_WIDTH - 2 * PADDING.x, maxLines: 4, maxFontSize: 72, minFontSize: 44 };
}

/** Family name the card styles refer to (the fonts themselves are loaded by the share-image integration). */
export const SHARE_FONT_FAMILY = 'Be Vietnam Pro';
