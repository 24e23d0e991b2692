/**
 * Bác's own words quoted in an MDX body: every <Quote source="…">…</Quote> without a
 * `speaker` (a speaker names someone else). Read from the source text, so the home page's
 * "Lời Bác dạy" can draw on the stories without rendering them.
 */
import { markdownToPlain, squish } from './text';

/** A quotation and where it is published. */
export interface BodyQuote {
  text: string;
  source: string;
}

const QUOTE = /<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g;
const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);

/** The quotations of Bác in an MDX body, in order; a verse's lines are joined by newlines. */
export function bacQuotesInMdx(body: string): BodyQuote[] {
  return [...body.matchAll(QUOTE)].flatMap(([, attributes = '', inner = '']) => {
    if (ATTRIBUTE('speaker').test(attributes)) return [];
    const match = ATTRIBUTE('source').exec(attributes);
    const source = match?.[1] ?? match?.[2];
    // A verse keeps its lines (Markdown hard breaks, a backslash at the end of a line).
    const text = inner
      .split(/\\\s*\n/)
      .map((line) => squish(markdownToPlain(line)))
      .filter(Boolean)
      .join('\n');
    return source && text ? [{ text, source }] : [];
  });
}
