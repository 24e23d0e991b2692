/**
 * Scoring of the self-check quiz ("Thi tìm hiểu"), shared by the page (build time) and its
 * script (in the reader's browser). No imports: it is bundled into the script. Nothing is
 * stored or sent; the score lives only in the page.
 */

/** Where a reader stands: right answers, answered questions, questions left. */
export interface QuizScore {
  right: number;
  answered: number;
  left: number;
}

/** The score of a list of results: true (right), false (wrong) or undefined (not answered yet). */
export function quizScore(results: readonly (boolean | undefined)[]): QuizScore {
  const answered = results.filter((result) => result !== undefined).length;
  return { right: results.filter((result) => result === true).length, answered, left: results.length - answered };
}

/** Fills a message template's {right}, {answered}, {left} and {total}. */
export function scoreMessage(template: string, score: QuizScore): string {
  const values: Record<string, number> = { ...score, total: score.answered + score.left };
  return template.replace(/\{(right|answered|left|total)\}/g, (_match, key: string) => String(values[key]));
}
