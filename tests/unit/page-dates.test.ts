import { describe, expect, it } from 'vitest';
import { pageLastModified } from '../../src/lib/page-dates';

describe('pageLastModified', () => {
  it('prefers an item page modified time over its published time', () => {
    const html =
      '<meta property="article:published_time" content="2024-05-15T00:00:00.000Z"><meta property="article:modified_time" content="2024-06-03T00:00:00.000Z">';
    expect(pageLastModified(html)).toBe('2024-06-03T00:00:00.000Z');
  });

  it('uses the newest date a list page shows', () => {
    const html =
      '<time datetime="1946-04-19">19/4/1946</time><time datetime="2026-11-23">23/11/2026</time><time datetime="2025-01-06">6/1/2025</time>';
    expect(pageLastModified(html)).toBe('2026-11-23T00:00:00.000Z');
  });

  it('gives nothing for a page without dates', () => {
    expect(pageLastModified('<p>Giới thiệu</p>')).toBeUndefined();
  });
});
