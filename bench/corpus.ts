/**
 * Writes a realistic Vietnamese corpus for benchmarks, shaped like content/, into a folder
 * outside content/ (default .bench/corpus-<size>/). Build it with CONTENT_DIR=<folder>.
 *
 * Usage: node bench/corpus.ts --size N [--out DIR] [--seed S]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from './corpus/generate.ts';
import { defaultCorpusDir } from './measure/paths.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    out: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
  },
});

const size = Number(values.size);
if (!Number.isInteger(size) || size < 10) throw new Error(`--size must be a whole number of at least 10, got "${values.size}"`);
const out = path.resolve(values.out ?? defaultCorpusDir(size));
const started = performance.now();
const manifest = await generateCorpus({ size, out, seed: Number(values.seed) });
console.log(
  `Corpus of ${size} items in ${path.relative(process.cwd(), out) || out} (${Math.round(performance.now() - started)} ms):`,
  manifest.counts,
);
