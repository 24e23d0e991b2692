/** What share buttons send: plain links and ready messages, with no tracking parameters. */
import { truncateOnWord } from './text';

/** Facebook's sharer link: a plain URL, no SDK, no script, no iframe. */
export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`;
}

/**
 * A message ready to paste into a Zalo chat: title, one-line summary, link. Zalo builds
 * its preview from the link, so the link goes last on its own line.
 */
export function zaloMessage(title: string, summary: string, pageUrl: string): string {
  return [title.trim(), truncateOnWord(summary, 160), pageUrl].filter(Boolean).join('\n');
}
