/**
 * A worker thread that draws share cards: it loads the fonts and mark once, then answers
 * each { id, input } message with the JPEG or the error. See render-threads.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadShareFonts } from './fonts.ts';
import { MARK_SIZE } from '../../lib/share-image/layout.ts';
import { loadShareMark } from './mark.ts';
import { renderShareImage, type ShareAssets, type ShareCardInput } from './render.ts';

/** A card to draw, numbered so answers can arrive in any order. */
export interface RenderRequest {
  id: number;
  input: ShareCardInput;
}

/** The drawn JPEG, or why it could not be drawn. */
export type RenderReply = { id: number; image: Uint8Array } | { id: number; error: Error };

/** What the worker is started with. */
export interface RenderWorkerData {
  /** URL (href) of the site mark SVG. */
  markFile: string;
}

if (parentPort) {
  const port = parentPort;
  const { markFile } = workerData as RenderWorkerData;
  const assets: Promise<ShareAssets> = Promise.all([loadShareFonts(), loadShareMark(new URL(markFile), MARK_SIZE * 2)]).then(
    ([fonts, mark]) => ({ fonts, mark }),
  );
  port.on('message', async ({ id, input }: RenderRequest) => {
    try {
      const image = await renderShareImage(input, await assets);
      port.postMessage({ id, image } satisfies RenderReply);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error : new Error(String(error)) } satisfies RenderReply);
    }
  });
}
