/**
 * @module A thread that prepares the embedded engine's batches (batch-prep.ts: words normalised,
 * hit rows deflated), about half of an index build's CPU. While it prepares one batch, the main
 * thread writes the one before and its caller makes the next (docs/benchmarks.md, "Index build
 * on two cores"). It runs the esbuild bundle of prep-worker.ts, like the parse workers.
 */
import type { Worker } from 'node:worker_threads';
import { bundled } from '../../runtime/bundle.mjs';
import { startWorker, stopWorker } from '../../runtime/start-worker.js';
import type { BatchInput, PreparedBatch } from './batch-prep.js';
import type { PrepReply, PrepRequest } from './prep-worker.js';

interface Waiting {
  resolve(batch: PreparedBatch): void;
  reject(err: Error): void;
}

export class PrepThread {
  private worker: Promise<Worker> | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  /** The thread once started (for ref and unref). */
  private current: Worker | undefined;

  /**
   * `input` prepared on the thread, in the order asked. Rejects if the thread fails; the caller
   * then prepares on its own thread, so a failure here costs time, never a row.
   */
  prepare(input: BatchInput): Promise<PreparedBatch> {
    const worker = (this.worker ??= this.start());
    const id = this.nextId++;
    return new Promise<PreparedBatch>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.then((w) => {
        w.ref(); // a batch under way keeps the process alive until its answer comes
        w.postMessage({ id, input } satisfies PrepRequest);
      }, reject);
    });
  }

  /** Stop the thread (a later `prepare` starts another). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    const started = await worker?.catch(() => undefined);
    if (started) await stopWorker(started);
  }

  private async start(): Promise<Worker> {
    const script = new URL((await bundled('prep-worker')) ?? './prep-worker-boot.mjs', import.meta.url);
    const worker = startWorker(script);
    const started = this.worker; // assigned by now: `prepare` stored this call's promise before its first await
    worker.on('message', (reply: PrepReply) => this.receive(reply));
    worker.on('error', (err) => this.failAll(started, err));
    worker.on('exit', (code) => this.failAll(started, new Error(`prep thread exited with code ${code}`)));
    worker.unref(); // after the listeners, which ref it again: an idle thread never keeps the process alive
    this.current = worker;
    return worker;
  }

  private receive(reply: PrepReply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.current?.unref();
    if ('error' in reply) waiting.reject(new Error(reply.error));
    else waiting.resolve(reply.batch);
  }

  /** Every batch waiting fails (its caller prepares it itself); the next `prepare` starts a new thread. */
  private failAll(thread: Promise<Worker> | undefined, err: Error): void {
    if (this.worker === thread) this.worker = undefined;
    for (const waiting of this.waiting.values()) waiting.reject(err);
    this.waiting.clear();
  }
}
