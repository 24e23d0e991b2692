/**
 * The one style element a poster writes for itself: its sheet (`@page` size A4 or A3) and the
 * sizes its type was given, as custom properties of `.poster`. The site's Content Security Policy
 * forbids style attributes and unlisted style elements, so the element comes with the hash the
 * page's policy must list for it.
 */
import { createHash } from 'node:crypto';
import type { PosterSize } from '../routes';
import type { PosterType } from './type-scale';

/** A3 is A4 scaled by √2: the same layout with every length larger. */
const UNIT_MM: Record<PosterSize, number> = { a4: 1, a3: Math.SQRT2 };

/** The CSS of a poster's sheet and type, and its CSP hash ("sha256-…"). */
export function posterSheetStyle(size: PosterSize, type: PosterType): { css: string; hash: `sha256-${string}` } {
  const css = `@page{size:${size.toUpperCase()} portrait;margin:0}.poster{--u:${UNIT_MM[size]}mm;--title:${type.title};--body:${type.body}}`;
  return { css, hash: `sha256-${createHash('sha256').update(css).digest('base64')}` };
}
