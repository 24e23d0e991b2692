import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadShareFonts } from '../../../src/integrations/share-images/fonts.ts';
import { MARK_SIZE } from '../../../src/lib/share-image/layout.ts';
import { loadShareMark } from '../../../src/integrations/share-images/mark.ts';
import { renderShareImage } from '../../../src/integrations/share-images/render.ts';
import { createRenderThreads } from '../../../src/integrations/share-images/render-threads.ts';

const markFile = pathToFileURL(fileURLToPath(new URL('../../../public/favicon.svg', import.meta.url)));
const threads = createRenderThreads({ threads: 2, markFile });
afterAll(() => threads.close());

describe('createRenderThreads', () => {
  it('draws in worker threads exactly what the main thread draws', async () => {
    const cards = ['Bác Hồ với đồng bào Tây Nguyên', 'Những tấm gương bình dị', 'Mỗi tuần một câu hỏi'].map((title) => ({
      title,
      kind: 'Bài viết',
      siteName: 'Làm theo Bác',
    }));
    const assets = { fonts: await loadShareFonts(), mark: await loadShareMark(markFile, MARK_SIZE * 2) };
    const [threaded, direct] = await Promise.all([
      Promise.all(cards.map((card) => threads.render(card))),
      Promise.all(cards.map((card) => renderShareImage(card, assets))),
    ]);
    threaded.forEach((image, index) => expect(Buffer.from(image).equals(direct[index] as Buffer)).toBe(true));
  });

  it('passes a drawing error back to the caller, and keeps drawing after it', async () => {
    await expect(threads.render({ title: 'Ảnh hỏng', siteName: 'Làm theo Bác', photo: new Uint8Array([1, 2, 3]) })).rejects.toThrow();
    expect((await threads.render({ title: 'Vẫn vẽ được', siteName: 'Làm theo Bác' })).byteLength).toBeGreaterThan(10_000);
  });
});
