/**
 * Draws share cards in worker threads, one per core: satori's layout is synchronous
 * JavaScript, so a single thread draws one card at a time however many cores there are.
 * Workers start on the first card, so a rebuild that draws nothing starts none.
 */
import { Worker } from 'node:worker_threads';
import type { ShareCardInput } from './render.ts';
import type { RenderReply, RenderRequest, RenderWorkerData } from './render-worker.ts';

/** Draws cards; `close` stops the threads. */
export interface CardRenderer {
  render(input: ShareCardInput): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** One worker and the cards it has not answered yet. */
interface Thread {
  worker: Worker;
  pending: Map<number, { resolve: (image: Uint8Array) => void; reject: (error: Error) => void }>;
}

/** Starts up to `threads` workers that draw with the given mark (an SVG file URL). */
export function createRenderThreads(options: { threads: number; markFile: URL }): CardRenderer {
  const threads: Thread[] = [];
  let nextId = 0;

  const start = (): Thread => {
    const workerData: RenderWorkerData = { markFile: options.markFile.href };
    const worker = new Worker(new URL('./render-worker.ts', import.meta.url), { workerData });
    const thread: Thread = { worker, pending: new Map() };
    worker.on('message', (reply: RenderReply) => {
      const task = thread.pending.get(reply.id);
      thread.pending.delete(reply.id);
      if ('error' in reply) task?.reject(reply.error);
      else task?.resolve(reply.image);
    });
    const failAll = (error: Error) => {
      for (const task of thread.pending.values()) task.reject(error);
      thread.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`Share image worker stopped (exit code ${code}).`)));
    threads.push(thread);
    return thread;
  };

  /** The least busy thread; a new one while there are fewer than allowed and all are busy. */
  const pick = (): Thread => {
    const idle = threads.reduce<Thread | undefined>(
      (best, thread) => (!best || thread.pending.size < best.pending.size ? thread : best),
      undefined,
    );
    if (idle && (idle.pending.size === 0 || threads.length >= Math.max(1, options.threads))) return idle;
    return start();
  };

  return {
    render(input) {
      const thread = pick();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.worker.postMessage({ id, input } satisfies RenderRequest);
      });
    },
    async close() {
      await Promise.all(threads.splice(0).map((thread) => thread.worker.terminate()));
    },
  };
}
