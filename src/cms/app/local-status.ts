/**
 * On one computer, the editor's local server (src/cms/local-server/) rebuilds the site after each
 * save. This bar, at the bottom left of /admin/, says what became of the last save: the site is
 * being updated, is up to date (with a link to it), or is held back by content mistakes, each
 * named with its file and field. Served by any other host, the page shows no bar and asks for
 * nothing more than one HEAD request for itself. Its styles are linked by the page
 * (src/pages/admin/index.astro): imported here, Vite bundled them into the readers' pages too.
 */
import { problemsByFile, type ContentProblem } from '../../lib/content-error';
import { localStatusText as text } from '../../i18n/cms';
import { clockTime } from '../../i18n/local-server';
import { LOCAL_SERVER_HEADER, STATUS_PATH, type LocalStatus } from '../local-server/status';

/** How often the bar asks for the status. */
const POLL_MS = 1500;

/** Whether this page came from the local server: its answers carry LOCAL_SERVER_HEADER. */
async function servedLocally(): Promise<boolean> {
  try {
    const response = await fetch(location.pathname, { method: 'HEAD', cache: 'no-store', signal: AbortSignal.timeout(5000) });
    return response.headers.has(LOCAL_SERVER_HEADER);
  } catch {
    return false;
  }
}

/** An element with a class and text. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, content = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = content;
  return node;
}

/** The problems, file by file, each with its field and what to do. */
function problemList(problems: readonly ContentProblem[]): HTMLUListElement {
  const files = element('ul', 'local-status__files');
  for (const [file, fileProblems] of problemsByFile(problems)) {
    const item = element('li', 'local-status__file');
    item.append(element('code', '', file));
    const list = element('ul', 'local-status__problems');
    for (const problem of fileProblems)
      list.append(element('li', '', `${problem.field ? text.field(problem.field) : ''}${problem.message}`));
    item.append(list);
    files.append(item);
  }
  return files;
}

/** A collapsible part: open for problems the editor must read, closed for the technician's log. */
function details(summary: string, body: HTMLElement, open: boolean): HTMLDetailsElement {
  const part = element('details', 'local-status__details');
  part.open = open;
  part.append(element('summary', 'local-status__line', summary), body);
  return part;
}

/** The bar's content for a status, or for a server that no longer answers. */
function render(status: LocalStatus | undefined): HTMLElement[] {
  if (!status) return [element('p', 'local-status__line', text.lost)];
  switch (status.state) {
    case 'building':
      return [element('p', 'local-status__line', text.building)];
    case 'ready': {
      const line = element('p', 'local-status__line', `${text.ready(clockTime(new Date(status.builtAt ?? Date.now())))} — `);
      const link = element('a', '', text.view);
      link.href = '/';
      link.target = '_blank';
      line.append(link);
      return [line];
    }
    case 'invalid': {
      const body = element('div', '');
      body.append(element('p', 'local-status__hint', text.invalidHint), problemList(status.problems));
      return [details(text.invalid(status.problems.length), body, true)];
    }
    case 'failed':
      return [
        element('p', 'local-status__line', text.failed),
        details(text.log, element('pre', 'local-status__log', status.log ?? ''), false),
      ];
  }
}

/** Asks the status now and then, and redraws the bar when it changed. */
function follow(bar: HTMLElement): void {
  let shown: string | undefined;
  const poll = async () => {
    let status: LocalStatus | undefined;
    try {
      const response = await fetch(STATUS_PATH, { cache: 'no-store' });
      if (response.ok) status = (await response.json()) as LocalStatus;
    } catch {
      // The server stopped: the bar says so, and finds it again if it comes back.
    }
    const key = JSON.stringify(status ?? null);
    if (key !== shown) {
      shown = key;
      bar.dataset.state = status?.state ?? 'lost';
      bar.replaceChildren(...render(status));
    }
    setTimeout(poll, POLL_MS);
  };
  void poll();
}

/**
 * Shows the bar when the page came from the local server, and returns the CMS settings that
 * make "Xem trên trang web" open this computer's rebuilt copy rather than the public site.
 */
export async function startLocalStatus(): Promise<{ config: { site_url: string } } | undefined> {
  if (!(await servedLocally())) return undefined;
  const bar = element('aside', 'local-status');
  bar.setAttribute('role', 'status');
  bar.setAttribute('aria-label', text.label);
  document.body.append(bar);
  follow(bar);
  return { config: { site_url: location.origin } };
}
