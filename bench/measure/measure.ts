/**
 * Runs one build and measures it: wall time, CPU time of the whole process tree and its
 * peak resident memory (the sum over the tree, polled from /proc, and GNU time's figure for
 * the largest single process when /usr/bin/time is installed).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { treeRssBytes } from './proc-tree.ts';

/** How often the process tree's memory is sampled. */
const POLL_MS = 200;

const GNU_TIME = '/usr/bin/time';

/** What one run cost. */
export interface Measurement {
  exitCode: number;
  wallMs: number;
  /** User + system CPU time of the tree; undefined without GNU time. */
  cpuMs?: number;
  /** Peak resident memory of the tree, in bytes. */
  peakRssBytes: number;
  /** Peak resident memory of the largest single process, in bytes; undefined without GNU time. */
  largestProcessBytes?: number;
}

/** A command to measure. */
export interface MeasuredCommand {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** stdout and stderr go here. */
  logFile: string;
}

/** CPU time and largest single-process RSS from a `time -v` report. */
function parseGnuTime(file: string): { cpuMs: number; maxRssBytes: number } | undefined {
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  const number = (label: string): number => Number(new RegExp(`${label}: ([\\d.]+)`).exec(text)?.[1] ?? Number.NaN);
  const cpuMs = (number('User time \\(seconds\\)') + number('System time \\(seconds\\)')) * 1000;
  return Number.isFinite(cpuMs) ? { cpuMs, maxRssBytes: number('Maximum resident set size \\(kbytes\\)') * 1024 } : undefined;
}

/** Runs the command to completion and returns its measurements. */
export async function measure({ command, args, cwd, env, logFile }: MeasuredCommand): Promise<Measurement> {
  const timeFile = `${logFile}.time`;
  rmSync(timeFile, { force: true });
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(logFile);
  const started = performance.now();
  const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peak = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
  }, POLL_MS);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const wallMs = performance.now() - started;
  clearInterval(poll);
  await new Promise<void>((resolve) => log.end(resolve));
  const gnu = parseGnuTime(timeFile);
  return {
    exitCode,
    wallMs,
    cpuMs: gnu?.cpuMs,
    peakRssBytes: Math.max(peak, gnu?.maxRssBytes ?? 0),
    largestProcessBytes: gnu?.maxRssBytes,
  };
}
