/** The date a built page last changed, read from its own markup, for the sitemap's lastmod. */

const MODIFIED = /<meta property="article:modified_time" content="([^"]+)"/;
const PUBLISHED = /<meta property="article:published_time" content="([^"]+)"/;
const TIME = /<time datetime="(\d{4}-\d{2}-\d{2})[^"]*"/g;

/**
 * An item page's modified or published time; for a list page, the newest date it shows
 * (its newest item). Undefined when the page shows no date.
 */
export function pageLastModified(html: string): string | undefined {
  const own = MODIFIED.exec(html)?.[1] ?? PUBLISHED.exec(html)?.[1];
  if (own) return new Date(own).toISOString();
  const dates = [...html.matchAll(TIME)].map((match) => match[1] ?? '').sort();
  const newest = dates.at(-1);
  return newest ? new Date(`${newest}T00:00:00Z`).toISOString() : undefined;
}
