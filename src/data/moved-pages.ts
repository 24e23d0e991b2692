/**
 * Every address that sends the reader on: the renamed items of src/lib/moved-pages.ts, and the
 * unpadded address of each published weekly question of weeks 1–9.
 */
import { movedPages, MOVED_ITEMS, unpaddedWeeks } from '../lib/moved-pages';
import { getCatalog } from './catalog';

/** Old address → where it now is, each with its radio page. */
export async function getMovedPages(): Promise<Record<string, string>> {
  const { questions } = await getCatalog();
  return movedPages({ ...MOVED_ITEMS, ...unpaddedWeeks(questions.map((question) => question.data)) });
}
