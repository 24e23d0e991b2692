/**
 * How much of a corpus's text can become a `phrase` query: its 3-word spans (a letter in every
 * word, as queries.ts takes them) and how many documents share each. Words are keyed as
 * queries.ts keys them, so a span counted rare here is one the query set could judge.
 */
import { PHRASE_POOL_LIMIT, key, wordsOf } from './queries.ts';

/** Figures of one corpus. */
export interface PhraseVariety {
  documents: number;
  /** Documents with at least one span that at most `rare` documents hold. */
  withRareSpan: number;
  /** Documents with at least `several` such spans. */
  withSeveralRareSpans: number;
  /** Documents with at least one rare span that queries.ts would judge (see judgeablePositions). */
  withJudgeableSpan: number;
  /** Span positions over all documents: the draws queries.ts makes one of per page. */
  positions: number;
  /** Positions whose span is rare. */
  rarePositions: number;
  /** Rare positions whose rarest word is also on few enough documents for queries.ts to judge the span. */
  judgeablePositions: number;
}

/** Comparison keys of a text's words; spans are read from these. */
const keysOf = (text: string): string[] => wordsOf(text).map(key);

const lettered = (word: string) => /[a-z]/u.test(word);

/** The spans of a document, one per position where all three words have a letter. */
function spansOf(keys: readonly string[]): string[] {
  const spans: string[] = [];
  for (let index = 0; index + 3 <= keys.length; index++) {
    const [a, b, c] = [keys[index]!, keys[index + 1]!, keys[index + 2]!];
    if (lettered(a) && lettered(b) && lettered(c)) spans.push(`${a} ${b} ${c}`);
  }
  return spans;
}

/** Adds one to the count of each distinct item. */
function countOnce(counts: Map<string, number>, items: Iterable<string>): void {
  for (const item of new Set(items)) counts.set(item, (counts.get(item) ?? 0) + 1);
}

/** Measures the texts of a corpus, a span being rare when at most `rare` documents hold it. */
export function phraseVariety(texts: readonly string[], rare = 3, several = 5): PhraseVariety {
  const documents = texts.map(keysOf);
  const spanDocs = new Map<string, number>();
  const wordDocs = new Map<string, number>();
  for (const keys of documents) {
    countOnce(spanDocs, spansOf(keys));
    countOnce(wordDocs, keys);
  }
  const figures: PhraseVariety = {
    documents: documents.length,
    withRareSpan: 0,
    withSeveralRareSpans: 0,
    withJudgeableSpan: 0,
    positions: 0,
    rarePositions: 0,
    judgeablePositions: 0,
  };
  for (const keys of documents) {
    const rareSpans = new Set<string>();
    let judgeable = false;
    for (const span of spansOf(keys)) {
      figures.positions++;
      if ((spanDocs.get(span) ?? 0) > rare) continue;
      rareSpans.add(span);
      figures.rarePositions++;
      if (Math.min(...span.split(' ').map((word) => wordDocs.get(word) ?? 0)) <= PHRASE_POOL_LIMIT) {
        figures.judgeablePositions++;
        judgeable = true;
      }
    }
    if (rareSpans.size > 0) figures.withRareSpan++;
    if (rareSpans.size >= several) figures.withSeveralRareSpans++;
    if (judgeable) figures.withJudgeableSpan++;
  }
  return figures;
}
