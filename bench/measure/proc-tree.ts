/** Resident memory of a process and all its descendants, read from Linux's /proc. */
import { readdirSync, readFileSync } from 'node:fs';

/** Bytes per memory page on Linux x86-64 and arm64 (as /usr/bin/time -v reports it). */
const PAGE_BYTES = 4096;

/** Parent pid of every running process. */
function parents(): Map<number, number> {
  const result = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and brackets: fields resume after its closing ")".
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      result.set(Number(name), Number(fields[1]));
    } catch {
      // The process ended while the list was read.
    }
  }
  return result;
}

/** Summed resident set size, in bytes, of `pid` and every process below it; 0 once it has ended. */
export function treeRssBytes(pid: number): number {
  const children = new Map<number, number[]>();
  for (const [child, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), child]);
  let total = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.pop() as number;
    try {
      total += Number(readFileSync(`/proc/${current}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // Gone already.
    }
    queue.push(...(children.get(current) ?? []));
  }
  return total;
}
