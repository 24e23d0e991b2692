/** Prepares a page photo for the card: cover-cropped to the photo panel, as raw pixels to stack on the card. */
import sharp from 'sharp';

/** Uncompressed RGB pixels and their size, as sharp composites them. */
export interface RawImage {
  data: Buffer;
  info: { width: number; height: number; channels: 3 | 4 };
}

/** Crops the photo (webp, avif, jpeg or png bytes) to fill width × height, keeping the most salient part. */
export async function coverPhoto(bytes: Uint8Array, width: number, height: number): Promise<RawImage> {
  const { data, info } = await sharp(bytes)
    .rotate()
    .resize(width, height, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels as 3 | 4 } };
}
