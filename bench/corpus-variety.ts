/**
 * Checks that a corpus's bodies are distinctive enough for phrase queries, without building it:
 * reads the MDX bodies (components' tags and images stripped), counts which 3-word spans few
 * documents share (bench/search/phrase-variety.ts), and makes the judged query set from the
 * bodies as bench:search would from the built pages. Generates a corpus into a temporary folder
 * unless --dir names one. Exits with an error when fewer than --target % of items have a rare span
 * that the query set could judge: one with a word on few items (most rare spans are only a common
 * name next to common words, and queries.ts does not scan those).
 *
 * Usage: node bench/corpus-variety.ts [--size N | --dir DIR] [--seed S] [--rare 3] [--several 5] [--target 80] [--per-class 25]
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { markdownToPlain } from '../src/lib/text.ts';
import { DEFAULT_SEED, generateCorpus } from './corpus/generate.ts';
import { phraseVariety } from './search/phrase-variety.ts';
import { makeQueries, wordsOf, type SitePage } from './search/queries.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '3000' },
    dir: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    rare: { type: 'string', default: '3' },
    several: { type: 'string', default: '5' },
    target: { type: 'string', default: '80' },
    'per-class': { type: 'string', default: '25' },
  },
});

/** An item's title and the text a reader sees in its body, roughly: tags, images and Markdown marks dropped. */
function readItem(source: string): { title: string; body: string } {
  const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(source) ?? [];
  const data = parse(front) as { title?: string; name?: string; question?: string };
  return { title: data.title ?? data.name ?? data.question ?? '', body: markdownToPlain(body) };
}

const dir = values.dir ? path.resolve(values.dir) : await mkdtemp(path.join(tmpdir(), 'corpus-variety-'));
try {
  if (!values.dir) {
    const started = performance.now();
    await generateCorpus({ size: Number(values.size), out: dir, seed: Number(values.seed) });
    console.log(`Generated ${values.size} items in ${Math.round(performance.now() - started)} ms`);
  }
  const files = (await readdir(dir, { recursive: true })).map(String).filter((file) => file.endsWith('.mdx'));
  const items = await Promise.all(files.sort().map(async (file) => ({ file, ...readItem(await readFile(path.join(dir, file), 'utf8')) })));

  const figures = phraseVariety(
    items.map(({ title, body }) => `${title}\n${body}`),
    Number(values.rare),
    Number(values.several),
  );
  const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;
  console.log(`${figures.documents} items; spans on at most ${values.rare} items:`);
  console.log(`  items with at least one: ${figures.withRareSpan} (${percent(figures.withRareSpan, figures.documents)})`);
  console.log(
    `  items with at least ${values.several}: ${figures.withSeveralRareSpans} (${percent(figures.withSeveralRareSpans, figures.documents)})`,
  );
  console.log(
    `  items with one queries.ts would judge: ${figures.withJudgeableSpan} (${percent(figures.withJudgeableSpan, figures.documents)})`,
  );
  console.log(
    `  of all span positions: ${percent(figures.rarePositions, figures.positions)} (${figures.rarePositions} of ${figures.positions})`,
  );
  console.log(`  judgeable by queries.ts (rarest word on few items): ${percent(figures.judgeablePositions, figures.positions)}`);

  const pages: SitePage[] = items.map(({ file, title, body }) => ({
    url: `/${file}`,
    titleText: title,
    title: wordsOf(title),
    text: wordsOf(`${title} ${body}`),
  }));
  const queries = makeQueries(pages, Number(values['per-class']));
  const phrases = queries.filter(({ tags }) => tags.includes('phrase'));
  console.log(`  phrase queries made from the bodies: ${phrases.length} of ${values['per-class']} wanted`);
  for (const { q, expect } of phrases.slice(0, 5)) console.log(`    "${q}" → ${expect.join(', ')}`);

  if ((100 * figures.withJudgeableSpan) / figures.documents < Number(values.target)) {
    console.error(`Fewer than ${values.target} % of items have a rare span the query set could judge.`);
    process.exitCode = 1;
  }
} finally {
  if (!values.dir) await rm(dir, { recursive: true, force: true });
}
