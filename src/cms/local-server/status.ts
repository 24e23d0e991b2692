/**
 * What the editor's local server says about the site it keeps up to date: the status bar on
 * /admin/ (src/cms/app/local-status.ts) reads it from STATUS_PATH. No Node import here, since
 * the browser's bundle uses this file too.
 */
import type { ContentProblem } from '../../lib/content-error';

/** Where the local server answers with its status. */
export const STATUS_PATH = '/__bien-tap/trang-thai';

/**
 * A header on every answer of the local server. The editor's page looks for it (with a HEAD
 * request for itself) before asking STATUS_PATH, which a static host would answer with a 404.
 */
export const LOCAL_SERVER_HEADER = 'x-bien-tap';

/** Checking and building, up to date, held back by content mistakes, or stopped by another failure. */
export type SiteState = 'building' | 'ready' | 'invalid' | 'failed';

/** The status as JSON. */
export interface LocalStatus {
  state: SiteState;
  /** When the site being served was built (ISO 8601), if it exists. */
  builtAt?: string;
  /** What keeps the site from being rebuilt, file by file (state "invalid"). */
  problems: ContentProblem[];
  /** The end of a failed build's log, for the technician (state "failed"). */
  log?: string;
}
