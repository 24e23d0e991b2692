/**
 * Nothing typed is lost by leaving a form: the CMS's back arrow ("Hủy chỉnh sửa") and the Escape
 * key close an entry without a question, and a new entry closed that way leaves no draft to
 * restore. Once the editor has typed or picked anything in the open form, leaving it asks first,
 * and closing the tab or reloading gets the browser's own warning.
 */
import { cmsText } from '../../i18n/cms';

/** The CMS's label of its back arrow in the editor (its "cancel_editing" string, as we serve it). */
const CLOSE_LABEL = 'Hủy chỉnh sửa';

/** An entry editor's address: a new entry or an existing one. */
const EDITOR_ROUTE = /^#\/collections\/[^/]+\/(?:new|entries\/)/;

/** Starts guarding the open form. */
export function guardUnsavedWork(): void {
  let dirty = false;
  const inForm = (target: EventTarget | null) =>
    target instanceof Element && EDITOR_ROUTE.test(location.hash) && !!target.closest('[data-key-path]');
  const markDirty = (event: Event) => {
    if (inForm(event.target)) dirty = true;
  };
  document.addEventListener('input', markDirty, true);
  document.addEventListener('change', markDirty, true);
  // Every new address starts clean: a saved entry closes to the list, a new form opens empty.
  window.addEventListener('hashchange', () => {
    dirty = false;
  });
  // One question per key press or click: the CMS answers Escape by clicking its own back arrow,
  // which reached this guard a second time and asked again. The editor's own next press (a
  // trusted event, seen first on the window) asks afresh.
  let answer: boolean | undefined;
  const mayLeave = () => {
    if (!dirty) return true;
    answer ??= window.confirm(cmsText.leaveGuard.confirm);
    return answer;
  };
  for (const type of ['keydown', 'pointerdown'] as const) {
    window.addEventListener(
      type,
      (event) => {
        if (event.isTrusted) answer = undefined;
      },
      true,
    );
  }
  document.addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || button.getAttribute('aria-label') !== CLOSE_LABEL || mayLeave()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !EDITOR_ROUTE.test(location.hash) || document.querySelector('dialog[open]') || mayLeave()) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    true,
  );
  window.addEventListener('beforeunload', (event) => {
    if (dirty) event.preventDefault();
  });
}
