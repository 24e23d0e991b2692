/**
 * The names the saved radio copy is kept under, shared by the programme page, the code that
 * saves and the service worker; a module of its own so the page's first script carries nothing else.
 */

/** The Cache Storage cache holding the saved copy, and nothing the operator did not save. */
export const OFFLINE_CACHE = 'lam-theo-bac-ban-luu';
/** Where, inside that cache, the record of the saved copy is kept (never a page of the site). */
export const SAVED_COPY_KEY = '/ban-luu/ban-da-luu.json';
/** The service worker's address: at the site's root, so its scope covers every radio page. */
export const WORKER_PATH = '/sw.js';
