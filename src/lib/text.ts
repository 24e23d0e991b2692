/** Plain-text helpers for previews and meta tags. */

const countFormat = new Intl.NumberFormat('vi-VN');

/** A count as Vietnamese print writes it, thousands grouped with a dot: 1154 → "1.154". */
export function formatCount(count: number): string {
  return countFormat.format(count);
}

/** Text made safe inside HTML or XML, in an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Collapses whitespace (including line breaks) to single spaces and NFC-normalises. */
export function squish(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/**
 * Shortens text to at most `max` characters on a word boundary, adding "…".
 * Share previews cut text themselves, often mid-word; doing it here keeps words whole.
 */
export function truncateOnWord(text: string, max: number): string {
  const clean = squish(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = lastSpace > max * 0.5 ? cut.slice(0, lastSpace) : cut;
  return `${head.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** Strips Markdown/MDX syntax well enough for a summary or a reading-time count. */
export function markdownToPlain(markdown: string): string {
  return squish(
    markdown
      .replace(/^import .*$/gmu, '')
      .replace(/<[^>]+>/gu, ' ')
      .replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ')
      .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
      .replace(/[*_`#>~|]/gu, ' '),
  );
}

/**
 * A list page's summary for search engines and share previews: its count, then the first
 * `shown` names ("3 mô hình: A; B; C."), "…" when more are listed, at most 300 characters.
 */
export function listSummary(count: string, names: readonly string[], { shown, separator }: { shown: number; separator: string }): string {
  return `${count}: ${names.slice(0, shown).join(separator)}${names.length > shown ? '…' : '.'}`.slice(0, 300);
}
