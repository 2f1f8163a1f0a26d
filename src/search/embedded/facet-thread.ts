/**
 * @module A thread that counts a search's multi-valued facets (nations, persons, authors) while
 * the main thread ranks the result and builds its hits: at a million articles those counts were
 * about half of a broad query's time (docs/benchmarks.md, "Facet counts on the second core").
 * The facet rows and the result list are in shared memory, so a job carries references, not
 * copies; the main thread waits for the answer (Atomics.wait) before it returns the result, so a
 * search stays one synchronous step and the index cannot change under the count.
 *
 * Anything short of an answer in time (the thread still starting, failed, stuck, or rows not in
 * shared memory) leaves the counting to the caller: a failure here costs time, never a count.
 */
import { Worker } from 'node:worker_threads';
import { bundled } from '../../runtime/bundle.mjs';
import { workerOptions } from '../../runtime/worker-options.js';
import { JOB, type FacetJob, type FacetRows } from './facet-counting.js';
import { allocate, isShared } from './shared-arrays.js';

/** A facet to count: its rows and how many values it has. */
export interface FacetToCount {
  rows: FacetRows;
  values: number;
}

/** Counts under way on the thread. */
export interface PendingCounts {
  /** Each facet's counts, in the order given; undefined when the thread did not answer (count them yourself). */
  collect(): Int32Array[] | undefined;
}

/**
 * Documents a count must walk, by default, to go to the thread: below this, counting on the
 * calling thread takes less than handing the job over and waking the thread.
 */
export const THREAD_MIN_DOCS = 20_000;

/**
 * A job waits this long at most: counting a million documents' rows takes milliseconds, so
 * a thread this late is stuck, and is replaced.
 */
const ANSWER_TIMEOUT_MS = 1_000;
/** After this many failed threads, counting stays on the main thread. */
const MAX_FAILURES = 3;

export class FacetThread {
  /** `minDocs`: the shortest list of documents worth a job (see THREAD_MIN_DOCS) */
  constructor(readonly minDocs = THREAD_MIN_DOCS) {}

  private worker: Worker | undefined;
  private ready = false;
  private starting = false;
  private failures = 0;
  private closed = false;
  /** callers of `whenReady` waiting for the thread to start or fail */
  private waiting: ((ready: boolean) => void)[] = [];

  /**
   * Start counting `facets` over `docs` on the thread, or undefined when it cannot take the job
   * now (not started yet: this call starts it for the next search).
   */
  begin(docs: Uint32Array, facets: readonly FacetToCount[]): PendingCounts | undefined {
    const worker = this.available();
    if (!worker || !isShared(docs) || !facets.every((f) => sharedRows(f.rows))) return undefined;
    let at = 0;
    const slots = facets.map((f) => {
      const slot = { rows: f.rows, values: f.values, at };
      at += f.values;
      return slot;
    });
    const memory = allocate(Int32Array, 1 + at, true); // [0]: the job's status, then the counts
    const job: FacetJob = { docs, facets: slots, counts: memory.subarray(1), signal: memory.subarray(0, 1) };
    worker.postMessage(job);
    return {
      collect: () => {
        if (Atomics.wait(job.signal, 0, JOB.pending, ANSWER_TIMEOUT_MS) === 'timed-out') {
          this.fail(worker);
          return undefined;
        }
        if (Atomics.load(job.signal, 0) !== JOB.done) return undefined;
        return slots.map((s) => job.counts.slice(s.at, s.at + s.values));
      },
    };
  }

  /** Start the thread if it is not running; true once it takes jobs, false if it failed to start. */
  whenReady(): Promise<boolean> {
    if (this.available()) return Promise.resolve(true);
    if (!this.starting) return Promise.resolve(false); // closed, or failed too often
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Stop the thread for good (the engine is closing). */
  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.settle(false);
    await worker?.terminate();
  }

  /** The thread when it is running; otherwise start it (once at a time) and answer undefined. */
  private available(): Worker | undefined {
    if (this.ready) return this.worker;
    if (!this.starting && !this.closed && this.failures < MAX_FAILURES) {
      this.starting = true;
      this.start().catch(() => this.fail(undefined));
    }
    return undefined;
  }

  private async start(): Promise<void> {
    const script = new URL((await bundled('facet-worker')) ?? './facet-worker-boot.mjs', import.meta.url);
    if (this.closed) return;
    const worker = new Worker(script, workerOptions());
    this.worker = worker;
    // its first message says it listens (a job posted before would wait for its module to load)
    worker.once('message', () => {
      // from now on it never keeps the process alive: the main thread waits for its answers itself
      worker.unref();
      if (this.worker === worker) this.settle(true);
    });
    worker.on('error', () => this.fail(worker));
    worker.on('exit', () => this.fail(worker));
  }

  /** The thread `worker` (undefined: the one starting) failed: forget it, so the next search may start another. */
  private fail(worker: Worker | undefined): void {
    if (worker !== undefined && worker !== this.worker) return; // an old thread's late exit
    this.failures++;
    this.settle(false);
    this.worker = undefined;
    void worker?.terminate();
  }

  private settle(ready: boolean): void {
    this.ready = ready;
    this.starting = false;
    for (const resolve of this.waiting.splice(0)) resolve(ready);
  }
}

function sharedRows(rows: FacetRows): boolean {
  return rows.multi ? isShared(rows.offsets) && isShared(rows.valueIds) : isShared(rows.single);
}
