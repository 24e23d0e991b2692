/** A one-line description of the machine and tools a benchmark ran on. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './paths.ts';

/** Version of an installed package, from its package.json. */
function packageVersion(name: string): string {
  const file = path.join(projectRoot, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

/** "2 × Intel Xeon …, 23.5 GiB RAM, load 3.1 at start; Node 24.21.0, Astro 7.3.5". */
export function describeMachine(): string {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  const load = os.loadavg()[0]?.toFixed(1);
  return `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${memory} GiB RAM, load average ${load} at start; Node ${process.versions.node}, Astro ${packageVersion('astro')}, sharp ${packageVersion('sharp')}`;
}
