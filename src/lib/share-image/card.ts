/**
 * The share card as two satori element trees (plain objects, no JSX) laid out in the same
 * boxes: the frame (ground, footer with the site mark and name, the rule before the photo),
 * the same on every card and drawn once per build, and each card's own text (kind label and
 * title lines exactly as fitted) on a transparent ground. render.ts stacks them with the photo.
 */
import {
  COLORS,
  SHARE_FONT_FAMILY,
  FOOTER_HEIGHT,
  KIND_FONT_SIZE,
  MARK_SIZE,
  PADDING,
  PHOTO_RULE_WIDTH,
  PHOTO_WIDTH,
  SITE_FONT_SIZE,
  TITLE_LINE_HEIGHT,
} from './layout.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './paths.ts';

/** An element as satori reads it. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode[]; src?: string; width?: number; height?: number };
}

/** What the frame shows: the same for every card of the site with (or without) a photo. */
export interface CardFrame {
  siteName: string;
  markUri: string;
  /** Leaves the right third for the photo, behind a gold rule. */
  withPhoto: boolean;
}

/** What one card's text layer shows, already fitted. */
export interface CardText {
  titleLines: string[];
  titleSize: number;
  kind?: string;
  withPhoto: boolean;
}

function el(type: string, style: Record<string, string | number>, children?: string | CardNode[]): CardNode {
  return { type, props: children === undefined ? { style } : { style, children } };
}

function image(src: string, width: number, height: number, style: Record<string, string | number> = {}): CardNode {
  return { type: 'img', props: { src, width, height, style: { width, height, ...style } } };
}

/** The kind label in gold capitals after a short gold rule: "— BÀI VIẾT". */
function kindLine(kind: string): CardNode {
  return el('div', { display: 'flex', alignItems: 'center', marginBottom: 28 }, [
    el('div', { width: 44, height: 4, backgroundColor: COLORS.gold, marginRight: 18 }),
    el('div', { color: COLORS.gold, fontSize: KIND_FONT_SIZE, fontWeight: 700, letterSpacing: 4 }, kind.toLocaleUpperCase('vi')),
  ]);
}

/** The title, one unwrapping line per fitted line, so satori draws exactly what was measured. */
function titleLines(lines: string[], size: number): CardNode {
  return el(
    'div',
    { display: 'flex', flexDirection: 'column', color: COLORS.paper, fontSize: size, fontWeight: 700, lineHeight: TITLE_LINE_HEIGHT },
    lines.map((line) => el('div', { display: 'flex', whiteSpace: 'pre' }, line)),
  );
}

/** The mark and the site name, under a gold hairline: FOOTER_HEIGHT in all (satori sizes boxes without their padding and border). */
function footer(siteName: string, markUri: string): CardNode {
  return el(
    'div',
    { display: 'flex', alignItems: 'center', height: MARK_SIZE, flexShrink: 0, borderTop: `2px solid ${COLORS.goldSoft}`, paddingTop: 22 },
    [
      image(markUri, MARK_SIZE, MARK_SIZE, { borderRadius: 12, marginRight: 18 }),
      el('div', { color: COLORS.paper, fontSize: SITE_FONT_SIZE, fontWeight: 500 }, siteName),
    ],
  );
}

/**
 * The card's boxes: a text column (the middle part centred above the footer) and, with a
 * photo, the rule and the photo slot on the right. Both layers are built from this, so they line up.
 */
function cardBoxes(middle: CardNode[], bottom: CardNode, side: CardNode[], ground: Record<string, string>): CardNode {
  const column = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PADDING.y}px ${PADDING.x}px` }, [
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, paddingBottom: 24 }, middle),
    bottom,
  ]);
  return el('div', { display: 'flex', width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, fontFamily: SHARE_FONT_FAMILY, ...ground }, [
    column,
    ...side,
  ]);
}

/** The frame layer: ground, footer and, with a photo, the gold rule before the (empty) photo slot. */
export function cardFrame(frame: CardFrame): CardNode {
  const side = frame.withPhoto
    ? [
        el('div', { width: PHOTO_RULE_WIDTH, flexShrink: 0, backgroundColor: COLORS.gold }),
        el('div', { width: PHOTO_WIDTH, flexShrink: 0 }),
      ]
    : [];
  return cardBoxes([], footer(frame.siteName, frame.markUri), side, {
    backgroundColor: COLORS.red,
    backgroundImage: `linear-gradient(135deg, ${COLORS.red} 0%, ${COLORS.red} 45%, ${COLORS.redDeep} 100%)`,
  });
}

/** The text layer: kind label and title on a transparent ground, with empty boxes where the frame draws. */
export function cardText(text: CardText): CardNode {
  const side = text.withPhoto ? [el('div', { width: PHOTO_RULE_WIDTH + PHOTO_WIDTH, flexShrink: 0 })] : [];
  const middle = [...(text.kind ? [kindLine(text.kind)] : []), titleLines(text.titleLines, text.titleSize)];
  return cardBoxes(middle, el('div', { height: FOOTER_HEIGHT, flexShrink: 0 }), side, {});
}
