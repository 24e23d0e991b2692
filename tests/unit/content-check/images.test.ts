import { describe, expect, it } from 'vitest';
import { imageTarget, relativeImagePath } from '../../../src/lib/content-check/images';

describe('imageTarget', () => {
  it('resolves a path next to the entry and a shared image', () => {
    expect(imageTarget('content/articles/a.mdx', './anh/b.jpg', 'content')).toBe('content/articles/anh/b.jpg');
    expect(imageTarget('content/stories/bo/a.mdx', '/anh/logo.png', 'content')).toBe('content/anh/logo.png');
    expect(imageTarget('content/articles/a.mdx', 'https://x.vn/a.jpg', 'content')).toBeUndefined();
  });
});

describe('relativeImagePath', () => {
  it('names a shared image relative to the entry, at any depth, and leaves other paths alone', () => {
    expect(relativeImagePath('content/articles/a.mdx', '/anh/logo.jpg', 'content')).toBe('../anh/logo.jpg');
    expect(relativeImagePath('content/stories/bo/a.mdx', '/anh/logo.jpg', 'content')).toBe('../../anh/logo.jpg');
    expect(relativeImagePath('.cache/b/content/articles/a.mdx', '/anh/logo.jpg', '.cache/b/content')).toBe('../anh/logo.jpg');
    expect(relativeImagePath('content/articles/a.mdx', './anh/b.jpg', 'content')).toBe('./anh/b.jpg');
    expect(relativeImagePath('content/articles/a.mdx', '/anh/ghi-chu.txt', 'content')).toBe('/anh/ghi-chu.txt');
  });
});
