import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/lib/escape-html';

describe('escapeHtml', () => {
  it('writes the characters HTML reads as markup as entities, ampersands first', () => {
    expect(escapeHtml('Ban "A" <b> & &amp;')).toBe('Ban &quot;A&quot; &lt;b&gt; &amp; &amp;amp;');
  });

  it('leaves Vietnamese text and apostrophes as they are', () => {
    expect(escapeHtml('Bác Hồ’s lời dạy')).toBe('Bác Hồ’s lời dạy');
  });
});
