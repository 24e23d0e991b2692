/**
 * Where a set of headline figures comes from, said once under them: each distinct source with
 * the period it covers, in the order the figures first cite them. A figure shown without its
 * source and period reads as current and official, which a press report's figures are not.
 */

/** What a figure says about its origin; both optional in the content. */
export interface FigureOrigin {
  source?: string;
  period?: string;
}

/** A source with the period its figures cover. */
export interface CitedSource {
  source: string;
  period?: string;
}

/** Each distinct source and period, once, without a closing full stop (the sentence around it adds one). */
export function figureSources(figures: readonly FigureOrigin[]): CitedSource[] {
  const seen = new Map<string, CitedSource>();
  for (const figure of figures) {
    const source = figure.source?.trim().replace(/\.$/u, '');
    if (!source) continue;
    const period = figure.period?.trim() || undefined;
    const key = `${source}\u0000${period ?? ''}`;
    if (!seen.has(key)) seen.set(key, period ? { source, period } : { source });
  }
  return [...seen.values()];
}
