import satori from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Font as FontOptions } from 'satori';
import { loadShareFonts } from '../../../src/integrations/share-images/fonts.ts';
import { SHARE_FONT_FAMILY } from '../../../src/lib/share-image/layout.ts';
import { createTextMeasurer } from '../../../src/lib/share-image/measure-text.ts';

const style = { fontFamily: SHARE_FONT_FAMILY, fontWeight: 700 };
let fonts: FontOptions[];

beforeAll(async () => {
  fonts = (await loadShareFonts()).fonts;
});

/** Width satori gives a run laid out on its own, unwrapped. */
async function satoriWidth(text: string, fontSize: number): Promise<number> {
  let width = Number.NaN;
  const run = { type: 'div', props: { style: { display: 'flex', whiteSpace: 'pre', ...style, fontSize }, children: text } };
  const column = { type: 'div', props: { style: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' }, children: [run] } };
  await satori(column, {
    width: 1200,
    height: 200,
    fonts,
    onNodeDetected: (node) => {
      if (node.textContent !== undefined) width = node.width;
    },
  });
  return width;
}

describe('createTextMeasurer', () => {
  const sample = 'AVATAR “Tấm gương” Người thầy giáo già ở làng Kon Kơ Tu, 1\u00A0000 suất quà: ệ ữ ặ ồ ẫ ỗ Đắk Lắk!';

  it.each(['AVATAR “Tấm gương”', 'Người thầy giáo già ở làng Kon Kơ Tu,', '1\u00A0000 suất quà', 'ệ ữ ặ ồ ẫ ỗ Đắk Lắk!', 'Người thầy…'])(
    'measures "%s" within a pixel of satori, kerning included',
    async (run) => {
      const measure = await createTextMeasurer(fonts, style, [sample]);
      for (const size of [40, 60, 76]) {
        expect(Math.abs(measure(run, size) - (await satoriWidth(run, size)))).toBeLessThanOrEqual(1);
      }
    },
  );

  it('scales linearly with the font size', async () => {
    const measure = await createTextMeasurer(fonts, style, ['Làm theo Bác']);
    expect(measure('Làm theo Bác', 80)).toBeCloseTo(2 * measure('Làm theo Bác', 40), 6);
  });

  it('refuses letters it was not given', async () => {
    const measure = await createTextMeasurer(fonts, style, ['Bác']);
    expect(() => measure('Hồ', 40)).toThrow(/not measured/);
  });
});
