/** The site mark (public/favicon.svg) rasterised once, as satori embeds it in every card. */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { hashBytes } from '../../lib/share-image/hash.ts';

/** The mark as a PNG data URI, and a fingerprint of the source for the cache key. */
export interface ShareMark {
  dataUri: string;
  hash: string;
}

/** Renders the SVG mark to a square PNG of `size` pixels (twice the drawn size keeps it crisp). */
export async function loadShareMark(file: string | URL, size: number): Promise<ShareMark> {
  const svg = await readFile(file);
  const png = await sharp(svg, { density: 72 * Math.ceil(size / 64) })
    .resize(size, size)
    .png()
    .toBuffer();
  return { dataUri: `data:image/png;base64,${png.toString('base64')}`, hash: hashBytes(svg) };
}
