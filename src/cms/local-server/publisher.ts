/**
 * Keeps the site on this computer in step with the content folder: after each change, the
 * content is checked in process; mistakes are reported and nothing is built, so the site stays
 * as it was; valid content is built into a folder of its own, which then takes the served
 * site's place. One run at a time: a change during a run makes one more run after it.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { formatProblems } from '../../lib/content-error';
import { localServerText as text } from '../../i18n/local-server';
import type { ContentChecker } from './content-checker';
import { builtAt, isUpToDate, markBuilt } from './freshness';
import { replaceFolder } from './replace-folder';
import { buildSite, type RunningBuild } from './site-build';
import type { LocalStatus } from './status';

/** Where the publisher reads and writes. */
export interface PublisherFolders {
  projectRoot: string;
  contentDir: string;
  /** The folder served. */
  distDir: string;
  /** Where a build is written before it replaces distDir; inside the project, as Astro wants an outDir. */
  stagingDir: string;
}

/** The publisher: its status, and what the server tells it. */
export interface Publisher {
  readonly status: LocalStatus;
  /** The content changed: check it and, if it is valid, rebuild. */
  changed(): void;
  /** At start: check, and build only when the site on disk is older than the content or missing. */
  start(): void;
  /** Stops a running build and waits for the run to end. */
  stop(): Promise<void>;
}

/** A publisher of `folders`, checking with `check` and writing its progress with `print`. */
export function createPublisher(folders: PublisherFolders, check: ContentChecker, print: (line: string) => void): Publisher {
  let status: LocalStatus = { state: 'building', problems: [] };
  let pending = false;
  let buildEvenIfFresh = true;
  let stopped = false;
  let build: RunningBuild | undefined;
  let running: Promise<void> | undefined;

  const served = async () => (await builtAt(folders.distDir))?.toISOString();

  /** One check and, when it passes, one build. */
  async function runOnce(): Promise<void> {
    status = { state: 'building', builtAt: status.builtAt, problems: [] };
    print(text.checking);
    let problems;
    try {
      problems = await check();
    } catch (error) {
      // A file removed while the folder was read: the watcher reports it and the next run reads it again.
      status = { state: 'failed', builtAt: await served(), problems: [], log: String(error) };
      print(`${text.unreadable} ${String(error)}`);
      return;
    }
    if (problems.length > 0) {
      status = { state: 'invalid', builtAt: await served(), problems };
      print(`\n${formatProblems(problems)}\n`);
      return;
    }
    if (pending || stopped) return;
    if (!buildEvenIfFresh && (await isUpToDate(folders.distDir, folders.contentDir, folders.projectRoot))) {
      const built = (await builtAt(folders.distDir)) as Date;
      status = { state: 'ready', builtAt: built.toISOString(), problems: [] };
      print(text.upToDate(built));
      return;
    }
    print(text.building);
    const started = Date.now();
    await rm(folders.stagingDir, { recursive: true, force: true });
    build = buildSite(folders.projectRoot, folders.stagingDir);
    const outcome = await build.done;
    build = undefined;
    if (stopped) return;
    if (!outcome.ok) {
      await rm(folders.stagingDir, { recursive: true, force: true });
      // A change during the build may be why it failed (a file half written): the next run decides.
      if (pending) return;
      status = { state: 'failed', builtAt: await served(), problems: [], log: outcome.log };
      print(`\n${text.failed}\n${outcome.log}\n`);
      return;
    }
    await replaceFolder(folders.distDir, folders.stagingDir);
    const now = new Date();
    await markBuilt(folders.distDir, now);
    // Built from the content as it was when the build started: a change since is still to come.
    status = { state: pending ? 'building' : 'ready', builtAt: now.toISOString(), problems: [] };
    print(text.ready(now, Math.round((now.getTime() - started) / 1000)));
  }

  async function runWhilePending(): Promise<void> {
    while (pending && !stopped) {
      pending = false;
      try {
        await runOnce();
      } catch (error) {
        status = { state: 'failed', builtAt: await served(), problems: [], log: String(error) };
        print(`\n${text.failed}\n${String(error)}\n`);
      }
      buildEvenIfFresh = true;
    }
    running = undefined;
  }

  function request(): void {
    pending = true;
    running ??= runWhilePending();
  }

  return {
    get status() {
      return status;
    },
    changed: request,
    start() {
      buildEvenIfFresh = false;
      request();
    },
    async stop() {
      stopped = true;
      build?.stop();
      await running;
      await rm(folders.stagingDir, { recursive: true, force: true });
    },
  };
}

/** Where a build of `distDir` is written first: beside it, in the .cache/ folder Git and Prettier leave alone. */
export function stagingFolderFor(distDir: string): string {
  return path.join(path.dirname(distDir), '.cache', `${path.basename(distDir)}-next`);
}
