/**
 * This deployment's sample mode (src/lib/sample-mode.ts bound to the site's settings and UI
 * text), so every page, feed and script asks the same questions the same way.
 */
import { ui } from '../i18n/ui';
import {
  bylineOf,
  markedDescription,
  markedKind,
  markedTitle,
  siteOwner,
  siteTagline,
  type SampleWording,
  type SiteOwner,
} from '../lib/sample-mode';
import { siteConfig } from '../site.config';

/** The words that mark sample content. */
export const sampleWording: SampleWording = { mark: ui.sample, ...ui.sampleSite };

/** Who the site says it is: an office, or a sample that names none. */
export const owner: SiteOwner = siteOwner(siteConfig, sampleWording);

/** The site's description in feed channels: marked on a sample site. */
export const feedTagline: string = siteTagline(siteConfig.tagline, owner, sampleWording);

/** An article's byline as this site prints it. */
export const byline = (author: string | undefined): string => bylineOf(author, owner, sampleWording);

/** A title as it leaves the site: marked when the item is a sample. */
export const shareTitle = (title: string, sample: boolean): string => markedTitle(title, sample, sampleWording);

/** A summary as it leaves the site: led by the mark when the item is a sample. */
export const shareDescription = (text: string, sample: boolean): string => markedDescription(text, sample, sampleWording);

/** The kind printed on a share card: the mark when the item is a sample. */
export const shareKind = (kind: string, sample: boolean): string => markedKind(kind, sample, sampleWording);
