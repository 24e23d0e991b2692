/** Prepares a page photo for the card: cover-cropped to the photo panel, as a data URI satori embeds. */
import sharp from 'sharp';

/** Crops the photo (webp, avif, jpeg or png bytes) to fill width × height, keeping the most salient part. */
export async function coverPhoto(bytes: Uint8Array, width: number, height: number): Promise<string> {
  const jpeg = await sharp(bytes)
    .rotate()
    .resize(width, height, { fit: 'cover', position: sharp.strategy.attention })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality: 90 })
    .toBuffer();
  return `data:image/jpeg;base64,${jpeg.toString('base64')}`;
}
