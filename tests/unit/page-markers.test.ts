import { describe, expect, it } from 'vitest';
import {
  openingTagsWith,
  radioRoleMarker,
  radioTextMarker,
  shareKindMarker,
  sharePhotoMarker,
  SHARE_PHOTO,
} from '../../src/lib/page-markers';

/** Writes attributes the way Astro does for a spread: undefined left out, '' as a bare attribute. */
const attributes = (marker: Record<string, string | undefined>) =>
  Object.entries(marker)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === '' ? name : `${name}="${value}"`))
    .join(' ');

describe('page markers', () => {
  it('writes what the readers find, in any attribute order', () => {
    const before = `<img ${attributes(sharePhotoMarker(true))} src="/a.webp" alt="">`;
    const after = `<img src="/a.webp" alt="" ${attributes(sharePhotoMarker(true))}>`;
    for (const html of [before, after]) expect(html.match(openingTagsWith('img', SHARE_PHOTO))).toEqual([html]);
  });

  it('does not match a longer attribute name or a different tag', () => {
    expect('<img data-share-photos src="x">'.match(openingTagsWith('img', SHARE_PHOTO))).toBeNull();
    expect(`<picture ${attributes(sharePhotoMarker(true))}>`.match(openingTagsWith('img', SHARE_PHOTO))).toBeNull();
  });

  it('leaves out what does not apply', () => {
    expect(attributes(sharePhotoMarker(false))).toBe('');
    expect(attributes(shareKindMarker(undefined))).toBe('');
    expect(attributes(radioRoleMarker('stat'))).toBe('data-radio="stat"');
  });

  it('marks a radio script with its file and a quote with its speaker and source', () => {
    expect(radioTextMarker('/bai-viet/a/ban-doc.txt')).toEqual({
      'data-radio-text': '',
      'data-radio-text-file': '/bai-viet/a/ban-doc.txt',
    });
    expect(radioRoleMarker('quote', { speaker: 'Bác', source: 'Toàn tập' })).toEqual({
      'data-radio': 'quote',
      'data-radio-speaker': 'Bác',
      'data-radio-source': 'Toàn tập',
    });
  });
});
