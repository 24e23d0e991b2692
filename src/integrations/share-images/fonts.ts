/**
 * The share cards' typeface: Be Vietnam Pro as TTF (satori reads no WOFF2),
 * shipped with its OFL licence in src/assets/fonts/share/ and loaded once per build.
 */
import { readFile } from 'node:fs/promises';
import type { Font } from 'satori';
import { hashBytes } from '../../lib/share-image/hash.ts';
import { SHARE_FONT_FAMILY } from '../../lib/share-image/layout.ts';

/** A font as satori takes it. */
export type FontOptions = Font;

/** Folder of the share fonts, next to this project's other assets. */
const FONT_DIR = new URL('../../assets/fonts/share/', import.meta.url);

const FILES = [
  { file: 'BeVietnamPro_500Medium.ttf', weight: 500 },
  { file: 'BeVietnamPro_700Bold.ttf', weight: 700 },
] as const;

/** The loaded fonts and a fingerprint of their bytes, for the image cache key. */
export interface ShareFonts {
  fonts: FontOptions[];
  hash: string;
}

/** Reads the share fonts from disk. */
export async function loadShareFonts(): Promise<ShareFonts> {
  const fonts = await Promise.all(
    FILES.map(async ({ file, weight }) => ({
      name: SHARE_FONT_FAMILY,
      weight,
      style: 'normal' as const,
      data: await readFile(new URL(file, FONT_DIR)),
    })),
  );
  return { fonts, hash: hashBytes(...fonts.map((font) => font.data)) };
}
