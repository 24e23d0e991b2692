/**
 * Puts a finished build in the place of the served site: the old folder is moved aside, the new
 * one moved in, the old one deleted. Two renames, so the server never serves a mix of two
 * builds. Windows refuses to rename a folder while a file in it is being read, so each rename is
 * tried again for a moment.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

const TRIES = 20;

async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (attempt >= TRIES || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw error;
      await sleep(100);
    }
  }
}

/** Replaces folder `target` with folder `next`. */
export async function replaceFolder(target: string, next: string): Promise<void> {
  const old = `${next}-old`;
  await rm(old, { recursive: true, force: true });
  if (existsSync(target)) await renameRetrying(target, old);
  await renameRetrying(next, target);
  await rm(old, { recursive: true, force: true, maxRetries: 10 });
}
