/**
 * The editor on one computer: how long from a save to the rebuilt page, and how much memory the
 * local server takes. Runs `npm run bien-tap` (as the launchers do) on a copy of content/ in its
 * own folders, waits for its first build, then --runs times writes an edit of one article's body
 * to disk, as the editor's Save does, and times until the server answers the article's page with
 * the edit. Reports each run, the median, and the resident memory of the server's own process
 * (idle and peak) and of the server with its build (peak), read from /proc.
 *
 * Usage: node bench/bien-tap.ts [--runs 5]   (npm run bench:bien-tap)
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { acquireBuildLock } from '../tests/support/build-lock.ts';
import { fixtureWorkFolder } from '../tests/support/fixture-build.ts';
import { startLocalServer } from '../tests/support/local-server.ts';
import { describeMachine } from './measure/machine.ts';
import { treeRssBytes } from './measure/proc-tree.ts';
import { median } from './measure/stats.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);

const ARTICLE = 'articles/heo-dat-nuoi-chu-o-vung-bien.mdx';
const PAGE = '/bai-viet/heo-dat-nuoi-chu-o-vung-bien/';
const PAGE_BYTES = 4096;
const MIB = 2 ** 20;

/** Resident memory of one process, in bytes (0 once it has ended). */
function processRss(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

console.log(describeMachine());
const release = await acquireBuildLock();
const work = fixtureWorkFolder();
cpSync('content', path.join(work, 'content'), { recursive: true });
const server = await startLocalServer(work);
const pid = server.process.pid as number;
const peaks = { server: 0, tree: 0 };
const sampler = setInterval(() => {
  peaks.server = Math.max(peaks.server, processRss(pid));
  peaks.tree = Math.max(peaks.tree, treeRssBytes(pid));
}, 200);

try {
  const firstStarted = Date.now();
  await server.waitFor((status) => status.state === 'ready', 900_000);
  console.log(`First build (no dist/ yet): ${((Date.now() - firstStarted) / 1000).toFixed(1)} s`);
  await sleep(2000);
  const idle = processRss(pid);

  const file = path.join(work, 'content', ARTICLE);
  const original = readFileSync(file, 'utf8');
  const times: number[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const mark = `Câu thêm để đo lần ${run}, ${Date.now()}.`;
    const saved = Date.now();
    writeFileSync(file, `${original.trimEnd()}\n\n${mark}\n`);
    for (;;) {
      const status = await server.status();
      if (status.state === 'ready' && (await server.get(PAGE)).text.includes(mark)) break;
      if (status.state === 'invalid' || status.state === 'failed') throw new Error(JSON.stringify(status));
      await sleep(200);
    }
    times.push(Date.now() - saved);
    console.log(`Run ${run}: ${((Date.now() - saved) / 1000).toFixed(1)} s from the save to the rebuilt page`);
  }
  console.log(`Median of ${runs}: ${(median(times) / 1000).toFixed(1)} s`);
  console.log(
    `Server process: ${(idle / MIB).toFixed(0)} MiB idle, ${(peaks.server / MIB).toFixed(0)} MiB peak; with its build: ${(peaks.tree / MIB).toFixed(0)} MiB peak`,
  );
} finally {
  clearInterval(sampler);
  await server.stop();
  rmSync(work, { recursive: true, force: true });
  release();
}
