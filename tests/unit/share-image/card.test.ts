import satori from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardFrame, cardText, type CardNode } from '../../../src/lib/share-image/card.ts';
import { loadShareFonts, type FontOptions } from '../../../src/integrations/share-images/fonts.ts';
import { FOOTER_HEIGHT, PADDING, titleBox } from '../../../src/lib/share-image/layout.ts';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from '../../../src/lib/share-image/paths.ts';

/** A 1×1 PNG: the layout does not depend on the pixels. */
const PIXEL = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

let fonts: FontOptions[];
beforeAll(async () => {
  fonts = (await loadShareFonts()).fonts;
});

interface Box {
  top: number;
  bottom: number;
}

/** Boxes of the text runs (by their text), of the footer (the box with the hairline) and of the text layer's footer slot. */
async function boxesOf(card: CardNode): Promise<{ runs: Map<string, Box>; footer?: Box; slot?: Box }> {
  const runs = new Map<string, Box>();
  let footer: Box | undefined;
  let slot: Box | undefined;
  await satori(card, {
    width: SHARE_IMAGE_WIDTH,
    height: SHARE_IMAGE_HEIGHT,
    fonts,
    onNodeDetected: (node) => {
      const box = { top: node.top, bottom: node.top + node.height };
      if (node.textContent !== undefined) runs.set(node.textContent, box);
      if (node.props.style?.borderTop !== undefined) footer = box;
      else if (node.props.style?.height === FOOTER_HEIGHT) slot = box;
    },
  });
  return { runs, footer, slot };
}

/** The tallest title a layout allows, laid out in both layers. */
async function layOut(withPhoto: boolean) {
  const box = titleBox(withPhoto);
  const lines = Array.from({ length: box.maxLines }, (_, index) => `Ổ Ẫ Ỗ dòng ${index + 1}`);
  const text = await boxesOf(cardText({ titleLines: lines, titleSize: box.maxFontSize, kind: 'Tấm gương bình dị', withPhoto }));
  const frame = await boxesOf(cardFrame({ siteName: 'Làm theo Bác', markUri: PIXEL, withPhoto }));
  return { runs: new Map([...text.runs, ...frame.runs]), footer: frame.footer, slot: text.slot };
}

describe('cardFrame and cardText', () => {
  it.each([false, true])(
    'fits the tallest title (photo: %s) between the kind label and the footer, inside the margins',
    async (withPhoto) => {
      const { runs, footer, slot } = await layOut(withPhoto);
      const kind = runs.get('TẤM GƯƠNG BÌNH DỊ');
      const first = runs.get('Ổ Ẫ Ỗ dòng 1');
      const last = runs.get(`Ổ Ẫ Ỗ dòng ${titleBox(withPhoto).maxLines}`);
      const site = runs.get('Làm theo Bác');
      if (!kind || !first || !last || !site || !footer || !slot) throw new Error('Card part missing from the layout.');
      // The text layer keeps the footer's place, so the title is centred where the frame leaves room.
      expect(slot).toEqual(footer);
      expect(kind.bottom).toBeLessThanOrEqual(first.top);
      expect(last.bottom + 16).toBeLessThanOrEqual(footer.top);
      expect(footer.bottom).toBeLessThanOrEqual(SHARE_IMAGE_HEIGHT - PADDING.y);
      expect(site.bottom).toBeLessThanOrEqual(footer.bottom);
    },
  );
});
