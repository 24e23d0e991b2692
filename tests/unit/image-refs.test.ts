import { describe, expect, it } from 'vitest';
import { findImageRefs } from '../../src/lib/image-refs';

describe('findImageRefs', () => {
  it('finds relative image paths with their field, at any depth', () => {
    const data = { title: 'x', cover: { src: './anh/bia.jpg', alt: 'a' }, gallery: [{ src: '../anh/2.PNG' }], url: 'https://a/b.jpg' };
    expect(findImageRefs(data)).toEqual([
      { field: 'cover.src', path: './anh/bia.jpg' },
      { field: 'gallery[0].src', path: '../anh/2.PNG' },
    ]);
  });
});
