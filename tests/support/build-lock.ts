/**
 * Runs one `astro build` at a time across test files and processes. Astro writes the map of
 * content modules to the project's own .astro/ folder whatever the outDir, so two builds of
 * different content side by side would read each other's map.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const lockDir = path.resolve(import.meta.dirname, '../../.cache/astro-build.lock');

function ownerIsGone(): boolean {
  try {
    process.kill(Number(readFileSync(path.join(lockDir, 'pid'), 'utf8')), 0);
    return false;
  } catch {
    return true;
  }
}

/** Waits for the lock and resolves with the function that releases it: for a server that builds again and again. */
export async function acquireBuildLock(): Promise<() => void> {
  mkdirSync(path.dirname(lockDir), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock left by a killed run is taken over; the pid file may not be written yet, so wait a moment first.
      await sleep(250);
      if (ownerIsGone()) rmSync(lockDir, { recursive: true, force: true });
    }
  }
}

/** Waits for the lock, runs `work`, and releases the lock, even when `work` fails. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const release = await acquireBuildLock();
  try {
    return await work();
  } finally {
    release();
  }
}
