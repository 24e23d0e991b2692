import { describe, expect, it } from 'vitest';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_TYPE, SHARE_IMAGE_WIDTH, shareImagePath } from '../../../src/lib/share-image/paths.ts';

describe('shareImagePath', () => {
  it.each([
    ['/', '/og/index.jpg'],
    ['/bai-viet/abc/', '/og/bai-viet/abc.jpg'],
    ['/bai-viet/abc', '/og/bai-viet/abc.jpg'],
    ['/bai-viet/2/', '/og/bai-viet/2.jpg'],
    ['/404.html', '/og/404.jpg'],
    ['/404/', '/og/404.jpg'],
    ['/index.html', '/og/index.jpg'],
    ['/bai-viet/index.html', '/og/bai-viet.jpg'],
    ['/tim-kiem/?q=bac#top', '/og/tim-kiem.jpg'],
  ])('maps %s to %s', (page, image) => {
    expect(shareImagePath(page)).toBe(image);
  });

  it('exports the Open Graph size and type', () => {
    expect([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_TYPE]).toEqual([1200, 630, 'image/jpeg']);
  });
});
