/**
 * @module A helper thread that is started when first wanted, replaced when it fails, and given
 * up after failing too often: the life cycle the engine's facet and hit threads share. Until
 * the thread listens, callers do the work themselves, so a thread that is slow to start, dies
 * or hangs costs time, never an answer.
 */
import type { Worker } from 'node:worker_threads';
import { startWorker, stopWorker } from './start-worker.js';

/** A thread not listening this long after it was started is stuck: it is given up. */
const START_TIMEOUT_MS = 10_000;
/**
 * After this many failures in a row (a thread that did not start, died, or did not answer:
 * `succeeded` resets the tally), the work stays on the calling thread.
 */
export const MAX_FAILURES = 3;

/** What a kept worker runs, and who hears of it. */
export interface KeptWorkerOptions {
  /** where the worker's module is (resolved at each start) */
  script: () => Promise<URL>;
  /** the work, named in the message of the last failure ("… on the main thread from now on") */
  what: string;
  /** hears why a thread was given up (the engine logs it) */
  onFailure?: (reason: string) => void;
  /** called with each thread that starts listening */
  onReady?: (worker: Worker) => void;
  /** called with each thread given up or closed: work it still had is the callers' again */
  onGone?: (worker: Worker) => void;
}

export class KeptWorker {
  constructor(private readonly opts: KeptWorkerOptions) {}

  /** The running thread, listening or not yet (tests reach it to break it). */
  worker: Worker | undefined;
  private ready = false;
  private starting = false;
  private failures = 0;
  private closed = false;
  /** callers of `whenReady` waiting for the thread to start or fail */
  private waiting: ((ready: boolean) => void)[] = [];

  /** The thread when it is listening; otherwise start it (once at a time) and answer undefined. */
  available(): Worker | undefined {
    if (this.ready) return this.worker;
    if (!this.starting && !this.closed && this.failures < MAX_FAILURES) {
      this.starting = true;
      this.start().catch((err: unknown) => this.fail(undefined, `could not start: ${(err as Error).message}`));
    }
    return undefined;
  }

  /** The thread did its work: failures are counted in a row. */
  succeeded(): void {
    this.failures = 0;
  }

  /** Start the thread if it is not running; true once it listens, false if it failed to start. */
  whenReady(): Promise<boolean> {
    if (this.available()) return Promise.resolve(true);
    if (!this.starting) return Promise.resolve(false); // closed, or failed too often
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The thread `worker` (undefined: the one starting) failed: forget it, so the next call may start another. */
  fail(worker: Worker | undefined, reason: string): void {
    if (worker !== undefined && worker !== this.worker) return; // an old thread's late exit
    this.failures++;
    const last = this.failures >= MAX_FAILURES ? `; ${this.opts.what} on the main thread from now on` : '';
    this.opts.onFailure?.(`${reason}${last}`);
    this.settle(false);
    this.worker = undefined;
    if (worker) this.opts.onGone?.(worker);
    void worker?.terminate();
  }

  /** Stop the thread for good (the engine is closing). */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.settle(false);
    if (!worker) return;
    this.opts.onGone?.(worker);
    await stopWorker(worker);
  }

  private async start(): Promise<void> {
    const script = await this.opts.script();
    if (this.closed) return;
    const worker = startWorker(script);
    this.worker = worker;
    const stuck = setTimeout(() => this.fail(worker, `not started within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    // its first message says it listens (work posted before would wait for its module to load)
    worker.once('message', () => {
      clearTimeout(stuck);
      // from now on it never holds the process by itself: a caller waiting for it asynchronously
      // refs it meanwhile (HitThread.show)
      worker.unref();
      if (this.worker !== worker) return;
      this.settle(true);
      this.opts.onReady?.(worker);
    });
    worker.on('error', (err) => this.fail(worker, `failed: ${err.message}`));
    worker.on('exit', (code) => {
      clearTimeout(stuck);
      this.fail(worker, `exited with code ${code}`);
    });
  }

  private settle(ready: boolean): void {
    this.ready = ready;
    this.starting = false;
    for (const resolve of this.waiting.splice(0)) resolve(ready);
  }
}
