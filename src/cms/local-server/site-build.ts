/**
 * One build of the site, as a child process running `npm run build`'s command into a folder of
 * its own: the site being served stays whole while it runs, and stays as it was if it fails.
 * The end of its log is kept for the technician.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { nodeArgumentsOf } from './npm-script';

/** Lines of the log kept: enough for Astro's error and its stack trace. */
const LOG_LINES = 60;

/** How a build ended. */
export interface BuildOutcome {
  ok: boolean;
  /** The last lines of its output, without terminal colours. */
  log: string;
}

/** A running build. */
export interface RunningBuild {
  done: Promise<BuildOutcome>;
  /** Stops it (the server is closing). */
  stop(): void;
}

/** Builds the site into `outDir`, with the server's environment (CONTENT_DIR, ASTRO_CACHE_DIR…). */
export function buildSite(projectRoot: string, outDir: string): RunningBuild {
  const child = spawn(process.execPath, [...nodeArgumentsOf(projectRoot, 'build'), '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    windowsHide: true,
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(
      ...stripVTControlCharacters(chunk.toString('utf8'))
        .split(/\r?\n/)
        .filter((line) => line.trim() !== ''),
    );
    lines.splice(0, Math.max(0, lines.length - LOG_LINES));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const done = new Promise<BuildOutcome>((resolve) => {
    child.on('error', (error) => resolve({ ok: false, log: [...lines, String(error)].join('\n') }));
    child.on('close', (code) => resolve({ ok: code === 0, log: lines.join('\n') }));
  });
  return { done, stop: () => child.kill() };
}
