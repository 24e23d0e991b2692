/**
 * A generated content folder shaped like content/: articles ≈ 55 %, stories ≈ 15 % (in about
 * size/40 collections), exemplars ≈ 20 %, weekly questions ≈ 10 %, with localities, the radio
 * dictionaries and the headline figures. Deterministic for a given size and seed.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeArticles } from './articles.ts';
import { CORPUS_TODAY } from './corpus-dates.ts';
import { writeExemplars } from './exemplars.ts';
import { drawImages, type CorpusImage } from './images.ts';
import { corpusPlaces, writeLocalities } from './localities.ts';
import { writeQuestions } from './questions.ts';
import { createRandom } from './random.ts';
import { collectionCount, writeStories } from './stories.ts';

/** What to generate. */
export interface CorpusOptions {
  /** Number of items (articles, stories, exemplars and questions together). */
  size: number;
  /** Output folder; replaced if it holds an earlier corpus. */
  out: string;
  /** Seed of every random choice. */
  seed: number;
  /** Number of distinct images drawn (default 40). */
  images?: number;
}

/** What was generated; written as corpus.json once the corpus is complete. */
export interface CorpusManifest {
  /** GENERATOR_VERSION of the code that wrote it. */
  generator: number;
  size: number;
  seed: number;
  /** The date every item is published by; builds of the corpus set BUILD_DATE to it. */
  today: string;
  counts: Record<'articles' | 'stories' | 'collections' | 'exemplars' | 'questions' | 'localities' | 'images', number>;
}

/** The seed used unless another is given: Bác's birthday, 19/5/1890. */
export const DEFAULT_SEED = 19_051_890;

/**
 * Bumped whenever the generator writes different content for the same size and seed, so that
 * benchmarks regenerate a corpus left by older code instead of measuring stale content.
 */
export const GENERATOR_VERSION = 3;

/** Name of the manifest file, the mark of a complete corpus. */
export const MANIFEST = 'corpus.json';

const sampleContent = path.resolve(import.meta.dirname, '../../content');

/** The manifest of a complete corpus in `dir` written by this generator, if there is one. */
export function readManifest(dir: string): CorpusManifest | undefined {
  const file = path.join(dir, MANIFEST);
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as CorpusManifest;
  return manifest.generator === GENERATOR_VERSION ? manifest : undefined;
}

/** Empties the output folder, refusing anything that is not an earlier corpus. */
function prepareOutput(out: string): void {
  if (path.resolve(out).startsWith(sampleContent)) throw new Error(`Refusing to write a corpus into ${sampleContent}`);
  if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(path.join(out, MANIFEST)) && !existsSync(path.join(out, 'articles'))) {
    throw new Error(`${out} is not empty and holds no corpus; choose another --out`);
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
}

/** Copies the images into a kind's anh/ folder. */
function copyImages(dir: string, images: ReadonlyArray<CorpusImage & { bytes: Buffer }>): void {
  mkdirSync(path.join(dir, 'anh'), { recursive: true });
  for (const image of images) writeFileSync(path.join(dir, 'anh', image.file), image.bytes);
}

/** Splits `size` items between the four kinds. */
function split(size: number): { articles: number; stories: number; exemplars: number; questions: number } {
  const articles = Math.round(size * 0.55);
  const stories = Math.round(size * 0.15);
  const exemplars = Math.round(size * 0.2);
  return { articles, stories, exemplars, questions: size - articles - stories - exemplars };
}

/** Writes the corpus and returns its manifest. */
export async function generateCorpus({ size, out, seed, images: imageCount = 40 }: CorpusOptions): Promise<CorpusManifest> {
  prepareOutput(out);
  const stream = (part: number) => createRandom((seed + part * 0x9e3779b9) >>> 0);
  const images = await drawImages(stream(1), imageCount);
  for (const kind of ['articles', 'stories', 'exemplars', 'story-collections']) copyImages(path.join(out, kind), images);

  mkdirSync(path.join(out, 'radio'), { recursive: true });
  for (const file of ['radio/viet-tat.yaml', 'radio/giu-nguyen.yaml', 'highlights.yaml'])
    copyFileSync(path.join(sampleContent, file), path.join(out, file));
  const written = writeLocalities(path.join(sampleContent, 'localities.yaml'), path.join(out, 'localities.yaml'));
  const localities = written.map(({ id }) => id);
  const places = corpusPlaces(written);

  const counts = split(size);
  const collections = collectionCount(size);
  writeArticles(path.join(out, 'articles'), counts.articles, stream(2), images, places);
  const stories = writeStories(out, counts.stories, collections, stream(3), { stories: images, collections: images }, places);
  const exemplars = writeExemplars(path.join(out, 'exemplars'), counts.exemplars, stream(4), images, stories, places);
  writeQuestions(path.join(out, 'questions'), counts.questions, stream(5), stories, exemplars, places);

  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION,
    size,
    seed,
    today: CORPUS_TODAY,
    counts: { ...counts, collections, localities: localities.length, images: images.length },
  };
  writeFileSync(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
