/**
 * The share card as a satori element tree (plain objects, no JSX): kind label,
 * title lines exactly as fitted, the site name and mark, and an optional photo
 * panel on the right third.
 */
import { SHARE_FONT_FAMILY } from './fonts.ts';
import { COLORS, KIND_FONT_SIZE, MARK_SIZE, PADDING, PHOTO_RULE_WIDTH, PHOTO_WIDTH, SITE_FONT_SIZE, TITLE_LINE_HEIGHT } from './layout.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './paths.ts';

/** An element as satori reads it. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: string | CardNode[]; src?: string; width?: number; height?: number };
}

/** What one card shows, already fitted and rasterised. */
export interface CardContent {
  titleLines: string[];
  titleSize: number;
  kind?: string;
  siteName: string;
  markUri: string;
  photoUri?: string;
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

/** The mark and the site name, under a gold hairline. */
function footer(siteName: string, markUri: string): CardNode {
  return el('div', { display: 'flex', alignItems: 'center', borderTop: `2px solid ${COLORS.goldSoft}`, paddingTop: 22 }, [
    image(markUri, MARK_SIZE, MARK_SIZE, { borderRadius: 12, marginRight: 18 }),
    el('div', { color: COLORS.paper, fontSize: SITE_FONT_SIZE, fontWeight: 500 }, siteName),
  ]);
}

/** The whole 1200×630 card. */
export function shareCard(content: CardContent): CardNode {
  const text = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${PADDING.y}px ${PADDING.x}px` }, [
    el('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1, paddingBottom: 24 }, [
      ...(content.kind ? [kindLine(content.kind)] : []),
      titleLines(content.titleLines, content.titleSize),
    ]),
    footer(content.siteName, content.markUri),
  ]);
  const photo = content.photoUri
    ? [
        el('div', { width: PHOTO_RULE_WIDTH, flexShrink: 0, backgroundColor: COLORS.gold }),
        image(content.photoUri, PHOTO_WIDTH, SHARE_IMAGE_HEIGHT, { flexShrink: 0 }),
      ]
    : [];
  return el(
    'div',
    {
      display: 'flex',
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      fontFamily: SHARE_FONT_FAMILY,
      backgroundColor: COLORS.red,
      backgroundImage: `linear-gradient(135deg, ${COLORS.red} 0%, ${COLORS.red} 45%, ${COLORS.redDeep} 100%)`,
    },
    [text, ...photo],
  );
}
