/**
 * Why a save was refused, as the editor's dialog shows it: one line per problem, the field named
 * by the label the form shows ("Tuần", "Mô tả ảnh (bắt buộc)"), a problem in another file named
 * with that file.
 */
import type { ContentProblem } from '../lib/content-error';
import { cmsCollections, cmsText, commonFields, findFieldText } from '../i18n/cms';

/** The form's label of a field ("relatedStories[1]" → "Câu chuyện liên quan"), or the path when it has none. */
export function fieldLabel(collection: string, field: string): string {
  const path = field.replace(/\[\d+\]/g, '').replace(/^\./, '');
  const text = cmsCollections[collection];
  return (text && findFieldText(text, commonFields, path)?.label) ?? field;
}

/** The dialog's text for the problems of saving `file`, an entry of `collection`. */
export function refusalMessage(problems: readonly ContentProblem[], collection: string, file: string): string {
  const lines = problems.map((problem) => {
    const field = problem.field ? `${fieldLabel(collection, problem.field)}: ` : '';
    return problem.file === file
      ? `• ${field}${problem.message}`
      : `• ${cmsText.saveCheck.inOtherFile(problem.file, problem.field)}: ${problem.message}`;
  });
  return [cmsText.saveCheck.refused(problems.length), ...lines].join('\n');
}
