/**
 * The service worker of the radio programme saved for reading without signal, built to /sw.js
 * by src/integrations/offline-worker.ts and registered only when an operator saves a programme
 * (SaveOffline). It caches nothing itself: the programme page saves what the operator asked for
 * into OFFLINE_CACHE. It answers:
 * - an address that was saved: from the network, or from the saved copy when the network fails
 *   or is slower than NETWORK_WAIT_MS (weak signal); a saved page so answered carries a note;
 * - a page that was not saved, when the network fails: the list of saved pages;
 * - anything else: from the network, untouched and not stored.
 */
import { offlineFallbackPage, withOfflineNote } from '../lib/offline/offline-html';
import { OFFLINE_CACHE, SAVED_COPY_KEY } from '../lib/offline/names';
import { offlineNote, parseSavedCopy, type SavedCopy } from '../lib/offline/saved-copy';
import { ui } from '../i18n/ui';

/** The parts of the service worker's events and scope used here (the DOM types have none of them). */
interface LifecycleEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends LifecycleEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: LifecycleEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
}

const worker = globalThis as unknown as WorkerScope;

/** How long a saved address waits for the network before the saved copy is shown. */
const NETWORK_WAIT_MS = 5000;

/** The saved copy's record, when something is saved. */
async function savedCopy(): Promise<{ cache: Cache; saved: SavedCopy } | undefined> {
  if (!(await caches.has(OFFLINE_CACHE))) return undefined;
  const cache = await caches.open(OFFLINE_CACHE);
  const record = await cache.match(SAVED_COPY_KEY);
  const saved = record ? parseSavedCopy(await record.json().catch(() => undefined)) : undefined;
  return saved && { cache, saved };
}

/** The network's answer, or undefined when it fails or takes longer than NETWORK_WAIT_MS. */
async function networkWithin(request: Request): Promise<Response | undefined> {
  let timer: number | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = Number(setTimeout(resolve, NETWORK_WAIT_MS));
  });
  try {
    return await Promise.race([fetch(request), late]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** A saved file from the cache; a saved page with the note that it is the saved copy. */
async function fromSavedCopy(cache: Cache, saved: SavedCopy, path: string): Promise<Response | undefined> {
  const response = await cache.match(path);
  if (!response || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = withOfflineNote(await response.text(), offlineNote(saved, new Date(), ui.radio.programme.offline));
  return new Response(html, { status: response.status, headers: response.headers });
}

async function answer(request: Request): Promise<Response> {
  const found = await savedCopy();
  if (!found) return fetch(request);
  const url = new URL(request.url);
  const path = `${url.pathname}${url.search}`;
  if (found.saved.files.includes(path)) {
    return (await networkWithin(request)) ?? (await fromSavedCopy(found.cache, found.saved, path)) ?? fetch(request);
  }
  if (request.mode !== 'navigate') return fetch(request);
  try {
    return await fetch(request);
  } catch {
    const stylesheets = found.saved.files.filter((file) => file.endsWith('.css'));
    return new Response(offlineFallbackPage(found.saved, stylesheets), {
      status: 503,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
}

worker.addEventListener('install', (event) => event.waitUntil(worker.skipWaiting()));
worker.addEventListener('activate', (event) => event.waitUntil(worker.clients.claim()));
worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // The search index and other origins are never saved: left to the browser, untouched.
  if (request.method !== 'GET' || url.origin !== worker.location.origin || url.pathname.startsWith('/pagefind/')) return;
  event.respondWith(answer(request));
});
