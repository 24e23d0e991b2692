import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { posterSheetStyle } from '../../../src/lib/poster/sheet-style';

describe('posterSheetStyle', () => {
  const type = { title: 15, body: 7.5 };

  it('names the sheet size for print and scales A3 by √2', () => {
    expect(posterSheetStyle('a4', type).css).toContain('@page{size:A4 portrait;margin:0}');
    expect(posterSheetStyle('a4', type).css).toContain('--u:1mm');
    expect(posterSheetStyle('a3', type).css).toContain('@page{size:A3 portrait;margin:0}');
    expect(posterSheetStyle('a3', type).css).toContain(`--u:${Math.SQRT2}mm`);
  });

  it('carries the type sizes and the hash the Content Security Policy must list', () => {
    const { css, hash } = posterSheetStyle('a4', type);
    expect(css).toContain('--title:15;--body:7.5');
    expect(hash).toBe(`sha256-${createHash('sha256').update(css).digest('base64')}`);
  });
});
