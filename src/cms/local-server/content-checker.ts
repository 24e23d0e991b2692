/**
 * The build's content checker (src/schemas/check.ts), run in the server's own process before each
 * rebuild: a mistake is reported in a few seconds, and the build that would stop on it is not
 * started. Body checks are remembered between runs, so an edit parses only the body it changed.
 */
import { checkContent } from '../../lib/content-check/check-content';
import type { BodyFindings } from '../../lib/content-check/mdx-body';
import type { ContentProblem } from '../../lib/content-error';
import { buildDate } from '../../data/build-date';
import { siteCheckOptions } from '../../schemas/check';
import { readRepositorySnapshot } from './repository-snapshot';

/** Checks the folder as it is now; every call reads it again. */
export type ContentChecker = () => Promise<ContentProblem[]>;

/** A checker of `contentDir`. */
export function contentChecker(contentDir: string): ContentChecker {
  let known = new Map<string, BodyFindings>();
  return async () => {
    const snapshot = await readRepositorySnapshot(contentDir);
    // Only this run's bodies are kept, so edits do not pile up in memory.
    const used = new Map<string, BodyFindings>();
    const bodies = {
      get: (body: string) => {
        const found = known.get(body);
        if (found) used.set(body, found);
        return found;
      },
      set: (body: string, findings: BodyFindings) => void used.set(body, findings),
    };
    const { problems } = checkContent(snapshot, siteCheckOptions(buildDate(), bodies));
    known = used;
    return problems;
  };
}
