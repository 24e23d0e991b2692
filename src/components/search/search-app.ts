/**
 * The search page in the browser: reads and writes ?q= and the filters, runs the engine as
 * the reader types, shows filters with counts and results with highlighted excerpts.
 */
import { findPages, loadFacets, loadNewestOrder, loadPagefind, type PagefindApi, type PagefindResult, type SearchOutcome } from './engine';
import { applySelection, facetCounts, type FacetIndex, type FacetSelection } from '../../lib/search/facets';
import { sortByOrder, type Ranked } from '../../lib/search/merge';
import { newestFirst, queryParam, sortParam, type FilterKey, type SearchSettings } from '../../lib/search/config';
import { resultDate } from '../../lib/search/result-date';
import { excerptFor } from '../../lib/search/excerpt';
import { fromIndexSpelling } from '../../lib/search/folding';
import { keepCodesWhole } from '../../lib/typography';

/** Status lines with {count}, {query} and {typed} placeholders. */
type Strings = Record<'loading' | 'count' | 'repaired' | 'loose' | 'none' | 'failed', string>;

const TYPING_PAUSE_MS = 250;
/** A single letter matches nearly every page: wait for a second one. */
const MIN_QUERY_CHARS = 2;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/gu, (_, key: string) => String(values[key] ?? ''));

/** Starts the search page inside `root` (the element carrying data-settings and data-strings). */
export function startSearch(root: HTMLElement): void {
  const settings = JSON.parse(root.dataset.settings ?? '{}') as SearchSettings;
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const filterBox = root.querySelector<HTMLDetailsElement>('[data-filters]')!;
  const selects = [...filterBox.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const sortSelect = filterBox.querySelector<HTMLSelectElement>(`select[name="${sortParam}"]`)!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const help = root.querySelector<HTMLElement>('[data-no-results]')!;

  const params = new URLSearchParams(location.search);
  const selection: FacetSelection = {};
  for (const select of selects) selection[select.dataset.filter!] = params.get(select.name) || undefined;
  sortSelect.value = params.get(sortParam) === newestFirst ? newestFirst : '';
  input.value = params.get(queryParam) ?? input.value;

  const pagefind: Promise<PagefindApi> = loadPagefind(settings);
  let facets: Promise<FacetIndex> | undefined;
  const facetIndex = () => (facets ??= pagefind.then(loadFacets));
  let newest: Promise<Map<string, number>> | undefined;
  let outcome: SearchOutcome = { results: [], searched: [], match: 'exact' };
  let shown: Ranked<PagefindResult>[] = [];
  let run = 0;
  let renders = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const writeUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set(queryParam, input.value.trim());
    for (const select of selects) if (selection[select.dataset.filter!]) next.set(select.name, selection[select.dataset.filter!]!);
    if (sortSelect.value) next.set(sortParam, sortSelect.value);
    const query = next.toString();
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };

  const fillFilters = (index: FacetIndex) => {
    const counts = facetCounts(
      outcome.results.map((result) => result.id),
      index,
      selection,
    );
    let any = false;
    for (const select of selects) {
      const key = select.dataset.filter as FilterKey;
      const values = Object.entries(counts[key] ?? {}).filter(([value, count]) => count > 0 || value === selection[key]);
      values.sort(([a], [b]) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'vi')));
      select.replaceChildren(select.options[0]!, ...values.map(([value, count]) => new Option(`${value} (${count})`, value)));
      select.value = selection[key] ?? '';
      select.closest('label')!.hidden = values.length < (selection[key] ? 1 : 2);
      any ||= !select.closest('label')!.hidden;
    }
    filterBox.hidden = outcome.results.length < 2 && !any;
    // A shared link with a filter in it shows the filter that is narrowing the results.
    if (Object.values(selection).some(Boolean)) filterBox.setAttribute('open', '');
  };

  const renderItem = async (ranked: Ranked<PagefindResult>) => {
    const data = await ranked.result.data();
    const item = document.createElement('li');
    item.className = 'result';
    const meta = document.createElement('p');
    meta.className = 'result__meta';
    if (data.meta.kind)
      meta.append(Object.assign(document.createElement('span'), { className: 'result__kind', textContent: data.meta.kind }));
    const date = resultDate(data.meta);
    if (date) meta.append(Object.assign(document.createElement('time'), { dateTime: date.dateTime, textContent: date.text }));
    const heading = document.createElement('h2');
    heading.className = 'result__title';
    const link = Object.assign(document.createElement('a'), {
      href: data.url,
      textContent: fromIndexSpelling(data.meta.title ?? data.url),
    });
    link.innerHTML = keepCodesWhole(link.innerHTML); // The escaped title, its document codes kept on one line.
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'result__excerpt';
    // Escaped text with <mark> and the spans that keep document codes on one line only.
    excerpt.innerHTML = keepCodesWhole(excerptFor(fromIndexSpelling(data.content), outcome.searched, settings.excerptLength));
    item.append(meta, heading, excerpt);
    return item;
  };

  const showMore = async (render = renders) => {
    const start = list.children.length;
    const items = await Promise.all(shown.slice(start, start + settings.pageSize).map(renderItem));
    if (render !== renders) return;
    list.append(...items);
    more.hidden = list.children.length >= shown.length;
  };

  /** Shows the results at once; filter lists follow when the filter box is open (first when a filter is already chosen). */
  const render = async () => {
    const current = ++renders;
    const filtered = Object.values(selection).some(Boolean);
    let results = filtered ? applySelection(outcome.results, await facetIndex(), selection) : outcome.results;
    if (sortSelect.value === newestFirst)
      results = sortByOrder(
        results,
        await (newest ??= loadNewestOrder(settings).catch((error: unknown) => {
          newest = undefined; // Let the next choice try again.
          throw error;
        })),
      );
    if (current !== renders) return;
    shown = results;
    const query = outcome.searched.join(' ');
    const typed = input.value.trim();
    const line =
      typed.length < MIN_QUERY_CHARS
        ? ''
        : !results.length
          ? strings.none
          : outcome.match === 'exact'
            ? strings.count
            : strings[outcome.match];
    status.textContent = fill(line, { count: results.length, query: outcome.match === 'exact' ? typed : query, typed });
    help.hidden = typed.length < MIN_QUERY_CHARS || results.length > 0;
    list.replaceChildren();
    await showMore(current);
    // Filter lists cost a download per filter: loaded when the reader opens them or a link chose one.
    filterBox.hidden = results.length < 2 && !filtered;
    if (filterBox.open || filtered) {
      const index = await facetIndex();
      if (current !== renders) return;
      fillFilters(index);
    }
    list.setAttribute('aria-busy', 'false');
  };

  const search = async () => {
    const current = ++run;
    const typed = input.value.trim();
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    writeUrl();
    list.setAttribute('aria-busy', 'true');
    status.textContent = typed.length >= MIN_QUERY_CHARS ? strings.loading : '';
    try {
      const found =
        typed.length >= MIN_QUERY_CHARS
          ? await findPages(await pagefind, typed, settings, signal)
          : { results: [], searched: [], match: 'exact' as const };
      if (current !== run) return;
      outcome = found;
      await render();
    } catch {
      if (current !== run) return;
      status.textContent = strings.failed;
      list.setAttribute('aria-busy', 'false');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    void pagefind.then((api) => api.preload(input.value));
    typingTimer = setTimeout(search, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    input.blur();
    void search();
  });
  filterBox.addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement;
    if (select.dataset.filter) selection[select.dataset.filter] = select.value || undefined;
    writeUrl();
    list.setAttribute('aria-busy', 'true');
    void render();
  });
  filterBox.addEventListener('toggle', () => {
    if (filterBox.open) void facetIndex().then(fillFilters);
  });
  more.addEventListener('click', () => void showMore());
  if (input.value.trim()) void search();
}
