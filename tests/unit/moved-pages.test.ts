/** Old and alternative addresses: each item page with its radio page, weeks 1–9 without their 0. */
import { describe, expect, it } from 'vitest';
import { movedPages, unpaddedWeeks } from '../../src/lib/moved-pages';

describe('unpaddedWeeks', () => {
  it('gives weeks 1 to 9 their address without the 0, and no other week', () => {
    expect(
      unpaddedWeeks([
        { year: 2026, week: 6 },
        { year: 2025, week: 1 },
        { year: 2026, week: 10 },
        { year: 2026, week: 49 },
      ]),
    ).toEqual({
      '/cau-hoi-hang-tuan/2026/tuan-6/': '/cau-hoi-hang-tuan/2026/tuan-06/',
      '/cau-hoi-hang-tuan/2025/tuan-1/': '/cau-hoi-hang-tuan/2025/tuan-01/',
    });
  });
});

describe('movedPages', () => {
  it('moves each page with its radio page', () => {
    expect(movedPages({ '/a/': '/b/' })).toEqual({ '/a/': '/b/', '/a/ban-doc/': '/b/ban-doc/' });
  });
});
