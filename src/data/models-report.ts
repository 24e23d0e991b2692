/**
 * The reported total of models, said at the top of /mo-hinh/: the headline figure an editor
 * marked as that total (content/highlights.yaml), so the page never states a number the office's
 * own figures do not.
 */
import { ui } from '../i18n/ui';
import { getCatalog } from './catalog';

/** The sentence naming the reported total, or nothing when no figure is marked as it. */
export async function modelsReportNote(): Promise<string | undefined> {
  const figure = (await getCatalog()).highlights.find((highlight) => highlight.data.modelsTotal)?.data;
  return figure && ui.models.reportNote(figure);
}
