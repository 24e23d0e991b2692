/**
 * Each document's summary PDF is made from the document's own text by scripts/document-pdfs.ts,
 * so a corrected title or standard cannot stay wrong in its PDF: the committed file must be the
 * bytes that script makes from today's content. Small, too: it is downloaded on phones.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSummaryFonts, summaryOf, summaryPdf } from '../../scripts/document-pdfs';
import { listFiles } from '../support/dist';

const folder = path.resolve(process.env.CONTENT_DIR ?? 'content', 'documents');
const summaries = listFiles(folder)
  .filter((file) => file.endsWith('.mdx'))
  .flatMap((file) => {
    const summary = summaryOf(readFileSync(path.join(folder, file), 'utf8'));
    return summary ? [{ file, ...summary }] : [];
  });
/** What a one-page summary with two embedded font subsets weighs at most. */
const BUDGET = 40 * 1024;

describe('document summary PDFs', () => {
  it('exist for the documents that attach one', () => {
    expect(summaries.length).toBeGreaterThan(0);
  });

  it.each(summaries)('$attachment is what the script makes from $file, within budget', async ({ source, attachment }) => {
    const committed = readFileSync(path.join(folder, attachment));
    const made = await summaryPdf(source, await loadSummaryFonts());
    expect(committed.length).toBeLessThanOrEqual(BUDGET);
    expect(Buffer.from(made).equals(committed), 'run: npm run documents:pdf').toBe(true);
  });

  it('gives the same bytes twice', async () => {
    const [first] = summaries;
    const fonts = await loadSummaryFonts();
    const [a, b] = await Promise.all([summaryPdf(first!.source, fonts), summaryPdf(first!.source, fonts)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
