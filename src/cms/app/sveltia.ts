/** The parts of Sveltia CMS's global API the editor's page uses, typed once. */

/** An Immutable.js value, as the CMS hands entries to event hooks. */
export interface ImmutableValue {
  toJS(): unknown;
}

/** An event hook: `preSave` receives the entry being saved and may stop the save by throwing. */
export interface CmsEventListener {
  name: 'preSave' | 'postSave';
  handler(event: { entry: ImmutableValue }): unknown;
}

/** window.CMS. */
export interface SveltiaCms {
  registerEditorComponent(definition: object): void;
  registerPreviewStyle(style: string): void;
  registerCustomFormat(
    name: string,
    extension: string,
    format: { fromFile(text: string): unknown; toFile(value: Record<string, unknown>): string },
  ): void;
  registerEventListener(listener: CmsEventListener): void;
  registerFieldType(name: string, control: unknown, preview?: unknown): void;
  registerPreviewTemplate(name: string, component: unknown): void;
  init(options?: { config?: Record<string, unknown> }): void;
}

declare global {
  interface Window {
    CMS?: SveltiaCms;
    CMS_MANUAL_INIT?: boolean;
  }
}

/**
 * An error that makes the CMS show `message` in its "not saved" dialog. The CMS shows a thrown
 * error's own text only for its internal "saving_failed" error, the cause's message under its
 * generic line; any other error leaves the editor with "try again later" (a browser test pins this).
 */
export function savingRefused(message: string): Error {
  return new Error('saving_failed', { cause: new Error(message) });
}
