/**
 * The content checker (src/lib/content-check/) bound to this site: its kinds of content, its
 * schemas with the checker's helpers, Vietnamese messages. The build's first step and the
 * editor's save both call this, so they refuse exactly the same things.
 */
import { imageProblem } from '../lib/content-check/images';
import type { CheckOptions } from '../lib/content-check/check-content';
import type { BodyMemo } from '../lib/content-check/read-entry';
import { contentCollections } from './collections';
import { useVietnameseSchemaMessages } from './error-map';
import { checkingHelpers, type SchemaHelpers } from './helpers';

useVietnameseSchemaMessages();

/** Options for checkContent and checkSave: this site's rules, checked as of `today`. */
export function siteCheckOptions(today: Date, bodies?: BodyMemo): CheckOptions<SchemaHelpers> {
  return {
    rules: contentCollections,
    helpersFor: (file, snapshot) => checkingHelpers((written) => imageProblem(file, written, snapshot)),
    today,
    bodies,
  };
}
