/**
 * Saving a week's programme for reading without signal, in the browser: fetches the programme
 * page, each part's radio script (page and .txt) and every file those pages load, then replaces
 * the saved copy with them in one go, registers the service worker that answers from it, and says
 * how the saved copy stands against this page. Loaded only when the operator asks to save, or
 * when something is already saved.
 */
import { ui } from '../../i18n/ui';
import { moduleImportsOf, subresourcesOf } from '../../lib/offline/subresources';
import { OFFLINE_CACHE, SAVED_COPY_KEY, WORKER_PATH } from '../../lib/offline/names';
import { parseSavedCopy, savedState, savedStateText, type SavedCopy, type SavedPage } from '../../lib/offline/saved-copy';

const text = ui.radio.programme.offline;

/** What the programme page says of itself in its `data-` attributes (SaveOffline.astro). */
interface PageFacts {
  programme: string;
  version: string;
  year: number;
  week: number;
  /** The pages to save, programme first. */
  pages: SavedPage[];
  /** The .txt scripts to save. */
  texts: string[];
}

function factsOf(box: HTMLElement): PageFacts {
  const data = box.dataset;
  return {
    programme: data.programme ?? location.pathname,
    version: data.version ?? '',
    year: Number(data.year),
    week: Number(data.week),
    pages: JSON.parse(data.pages ?? '[]') as SavedPage[],
    texts: JSON.parse(data.texts ?? '[]') as string[],
  };
}

/** The saved copy's record, when there is one. */
export async function readSavedCopy(): Promise<SavedCopy | undefined> {
  if (!(await caches.has(OFFLINE_CACHE))) return undefined;
  const record = await (await caches.open(OFFLINE_CACHE)).match(SAVED_COPY_KEY);
  return record ? parseSavedCopy(await record.json().catch(() => undefined)) : undefined;
}

/** Fetches every file the pages need, following the scripts' imports; fails when any is missing. */
async function fetchAll(facts: PageFacts): Promise<Map<string, Response>> {
  const fetched = new Map<string, Response>();
  const queue = [...facts.pages.map((page) => page.path), ...facts.texts];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (fetched.has(path)) continue;
    // Pages and scripts fresh from the site; fonts, styles and images may come from the browser's cache.
    const fresh = !path.startsWith('/_astro/');
    const response = await fetch(path, { cache: fresh ? 'no-cache' : 'default', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    fetched.set(path, response.clone());
    const type = response.headers.get('content-type') ?? '';
    const url = new URL(path, location.origin).href;
    if (type.includes('text/html')) queue.push(...subresourcesOf(await response.text(), url));
    else if (path.endsWith('.js')) queue.push(...moduleImportsOf(await response.text(), url));
  }
  return fetched;
}

/** Replaces the saved copy with these files and its record. */
async function store(files: Map<string, Response>, facts: PageFacts): Promise<SavedCopy> {
  const saved: SavedCopy = {
    programme: facts.programme,
    year: facts.year,
    week: facts.week,
    version: facts.version,
    savedAt: new Date().toISOString(),
    pages: facts.pages,
    files: [...files.keys()],
  };
  await caches.delete(OFFLINE_CACHE);
  const cache = await caches.open(OFFLINE_CACHE);
  await Promise.all([...files].map(([path, response]) => cache.put(path, response)));
  await cache.put(SAVED_COPY_KEY, new Response(JSON.stringify(saved), { headers: { 'content-type': 'application/json' } }));
  return saved;
}

/** Starts the control inside `box`: shows the saved copy's state and saves on the button. */
export async function startSaveOffline(box: HTMLElement): Promise<{ save: () => Promise<void> }> {
  const facts = factsOf(box);
  const status = box.querySelector<HTMLElement>('[data-offline-status]')!;
  const button = box.querySelector<HTMLButtonElement>('[data-offline-save]')!;
  const show = (saved: SavedCopy | undefined) => {
    const state = savedState(saved, facts);
    status.textContent = savedStateText(saved, state, text);
    box.dataset.offlineState = state;
    button.textContent = state === 'none' || state === 'other' ? text.save : text.saveAgain;
  };
  const save = async () => {
    button.disabled = true;
    status.textContent = text.saving;
    try {
      const files = await fetchAll(facts);
      // The worker first: once it runs, the saved pages open without signal.
      await navigator.serviceWorker.register(WORKER_PATH, { scope: '/' });
      show(await store(files, facts));
      await navigator.serviceWorker.ready;
    } catch {
      status.textContent = text.failed;
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void save());
  show(await readSavedCopy());
  return { save };
}
