import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShareFonts } from '../../../src/integrations/share-images/fonts.ts';
import { MARK_SIZE } from '../../../src/lib/share-image/layout.ts';
import { loadShareMark } from '../../../src/integrations/share-images/mark.ts';
import { renderShareImage, type ShareAssets } from '../../../src/integrations/share-images/render.ts';

const markFile = fileURLToPath(new URL('../../../public/favicon.svg', import.meta.url));
const title = 'Những tấm gương bình dị ở Đăk Hà: ệ ữ ặ ồ ẫ ỗ';
let assets: ShareAssets;

beforeAll(async () => {
  assets = { fonts: await loadShareFonts(), mark: await loadShareMark(markFile, MARK_SIZE * 2) };
});

describe('renderShareImage', () => {
  it('draws a 1200×630 JPEG under 300 KB', async () => {
    const image = await renderShareImage({ title, kind: 'Tấm gương bình dị', siteName: 'Làm theo Bác' }, assets);
    const meta = await sharp(image).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    expect(image.byteLength).toBeLessThan(300 * 1024);
  });

  it('draws the same bytes for NFD and NFC titles', async () => {
    const card = { kind: 'Bài viết', siteName: 'Làm theo Bác' };
    const nfc = await renderShareImage({ ...card, title: title.normalize('NFC') }, assets);
    const nfd = await renderShareImage({ ...card, title: title.normalize('NFD'), kind: card.kind.normalize('NFD') }, assets);
    expect(nfd.equals(nfc)).toBe(true);
  });

  it('shows the photo when there is one', async () => {
    const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#2d6a4f' } })
      .webp()
      .toBuffer();
    const card = { title, kind: 'Bài viết', siteName: 'Làm theo Bác' };
    const withPhoto = await renderShareImage({ ...card, photo }, assets);
    const without = await renderShareImage(card, assets);
    expect(withPhoto.equals(without)).toBe(false);
    const panel = await sharp(withPhoto).extract({ left: 900, top: 100, width: 200, height: 200 }).toBuffer();
    const [red, green] = (await sharp(panel).stats()).channels.map((channel) => channel.mean);
    expect(green).toBeGreaterThan(red ?? 255);
    expect((await sharp(withPhoto).metadata()).width).toBe(1200);
  });

  it('falls back to the site name for an untitled page', async () => {
    const untitled = await renderShareImage({ title: '  ', siteName: 'Làm theo Bác' }, assets);
    const named = await renderShareImage({ title: 'Làm theo Bác', siteName: 'Làm theo Bác' }, assets);
    expect(untitled.equals(named)).toBe(true);
  });
});
