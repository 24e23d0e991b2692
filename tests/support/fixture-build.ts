/**
 * Builds a copy of the valid fixture content with one change, through the real
 * loader, schemas and catalog checks, as `npm run build` would.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { listFiles } from './dist.ts';
import { withBuildLock } from './build-lock.ts';

const run = promisify(execFile);
const projectRoot = path.resolve(import.meta.dirname, '../..');
const validFixture = path.join(projectRoot, 'tests/fixtures/valid-content');
const astroBin = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const fixtureBuilds = path.join(projectRoot, '.cache/fixture-builds');

/** What a fixture build produced. */
export interface FixtureBuild {
  /** Exit code of `astro build`. */
  code: number;
  /** stdout and stderr, without terminal colours. */
  output: string;
  /** HTML pages written, relative to the output folder. */
  pages: string[];
}

/** Helpers a case uses to change its copy of the content. */
export interface FixtureEditor {
  /** Absolute path of a file in the copy. */
  path(relative: string): string;
  /** Replaces text in a file of the copy; fails if the text is not there. */
  replace(relative: string, from: string | RegExp, to: string): void;
  /** Writes a file in the copy. */
  write(relative: string, text: string | Buffer): void;
}

/** Copies the valid fixture, applies `change`, builds it and cleans up. */
export async function buildFixture(change: (editor: FixtureEditor) => void, env: Record<string, string> = {}): Promise<FixtureBuild> {
  const [build] = await buildFixtureSteps([{ change, env }]);
  return build as FixtureBuild;
}

/** One build of a sequence: what to change in the content first, and the environment to build with. */
export interface FixtureStep {
  change?: (editor: FixtureEditor) => void;
  env?: Record<string, string>;
}

/** A build of a sequence, with the text of every page it left in the output folder. */
export interface FixtureStepBuild extends FixtureBuild {
  /** HTML of each page, by path relative to the output folder. */
  html: Map<string, string>;
  /** Every file of the output folder (feeds, sitemap, radio text, share images, search index), by relative path. */
  files: Map<string, Buffer>;
}

/**
 * Builds one copy of the valid fixture several times in a row, in the same folders and
 * with the same caches, applying each step's change before its build: what an editor's
 * rebuilds do.
 */
export async function buildFixtureSteps(steps: FixtureStep[]): Promise<FixtureStepBuild[]> {
  // Inside the project: Astro puts a build's intermediate files under its outDir only when
  // that is within the working directory, else in the shared .astro/, where parallel builds collide.
  const work = fixtureWorkFolder();
  const content = path.join(work, 'content');
  cpSync(validFixture, content, { recursive: true });
  const editor: FixtureEditor = {
    path: (relative) => path.join(content, relative),
    replace: (relative, from, to) => {
      const file = path.join(content, relative);
      const text = readFileSync(file, 'utf8');
      const next = text.replace(from, to);
      if (next === text) throw new Error(`Fixture change did not apply to ${relative}: ${String(from)}`);
      writeFileSync(file, next);
    },
    write: (relative, text) => writeFileSync(path.join(content, relative), text),
  };
  try {
    const builds: FixtureStepBuild[] = [];
    for (const step of steps) {
      step.change?.(editor);
      builds.push(await buildInto(content, work, step.env));
    }
    return builds;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A work folder inside the project for a content copy and its build (see buildFixtureSteps on why inside). */
export function fixtureWorkFolder(): string {
  mkdirSync(fixtureBuilds, { recursive: true });
  return mkdtempSync(path.join(fixtureBuilds, 'build-'));
}

/** Builds the content folder `content` into `work`/dist with its own cache, as `npm run build` would. */
export async function buildInto(content: string, work: string, env: Record<string, string> = {}): Promise<FixtureStepBuild> {
  const outDir = path.join(work, 'dist');
  const result = await withBuildLock(() =>
    run(process.execPath, [astroBin, 'build', '--outDir', outDir], {
      cwd: projectRoot,
      env: {
        ...process.env,
        CONTENT_DIR: content,
        ASTRO_CACHE_DIR: path.join(work, 'cache'),
        SHARE_IMAGE_CACHE_DIR: path.join(work, 'share-images'),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    }),
  ).then(
    ({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? 1,
      output: (error.stdout ?? '') + (error.stderr ?? ''),
    }),
  );
  const all = existsSync(outDir) ? listFiles(outDir) : [];
  const files = new Map(all.map((file) => [file, readFileSync(path.join(outDir, file))]));
  const pages = all.filter((file) => file.endsWith('.html'));
  const html = new Map(pages.map((page) => [page, (files.get(page) as Buffer).toString('utf8')]));
  return { ...result, output: stripVTControlCharacters(result.output), pages, html, files };
}
