/**
 * What the service worker changes in, or makes of, HTML when the signal is gone: a saved page
 * gets a note saying it is the saved copy, and a page that was not saved is answered with the
 * list of those that were.
 */
import { ui } from '../../i18n/ui';
import { escapeHtml } from '../text';
import type { SavedCopy } from './saved-copy';

/** Class of the note (global.css). */
export const OFFLINE_NOTE_CLASS = 'offline-note';

/** The page with `note` at the top of its main content (or of its body, when it has no <main>). */
export function withOfflineNote(html: string, note: string): string {
  const paragraph = `<p class="${OFFLINE_NOTE_CLASS}" role="status">${escapeHtml(note)}</p>`;
  const opening = /<main\b[^>]*>/iu.exec(html) ?? /<body\b[^>]*>/iu.exec(html);
  if (!opening) return `${paragraph}${html}`;
  const at = opening.index + opening[0].length;
  return `${html.slice(0, at)}${paragraph}${html.slice(at)}`;
}

/**
 * The page answered for an address that was not saved while there is no signal: the saved pages
 * as links, set in the saved stylesheets; no script, so the site's policy needs nothing new.
 */
export function offlineFallbackPage(saved: SavedCopy | undefined, stylesheets: readonly string[]): string {
  const text = ui.radio.programme.offline;
  const links = saved?.pages.map((page) => `<li><a href="${escapeHtml(page.path)}">${escapeHtml(page.title)}</a></li>`).join('') ?? '';
  const list = links ? `<p>${escapeHtml(text.fallbackLead)}</p><ul>${links}</ul>` : `<p>${escapeHtml(text.fallbackNone)}</p>`;
  const styles = stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  return `<!doctype html><html lang="${ui.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(text.fallbackTitle)}</title>${styles}</head><body><main id="main" class="container"><h1>${escapeHtml(text.fallbackTitle)}</h1>${list}</main></body></html>`;
}
