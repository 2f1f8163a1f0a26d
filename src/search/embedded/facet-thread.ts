/**
 * @module A thread that counts a search's facets while the main thread ranks the result and
 * builds its hits: at a million articles the counts were about half of a broad query's time
 * (docs/benchmarks.md, "Facet counts on the second core"). The facets of a search are one job
 * that both threads count from, each taking the next facet not yet taken, costliest first: the
 * thread starts at once, the main thread joins once its own work is done, so the split suits
 * each query by itself. The facet rows and the result list are in shared memory, so a job
 * carries references, not copies; the main thread waits for the facets the thread took
 * (Atomics.wait) before it returns the result, so a search stays one synchronous step and the
 * index cannot change under the count.
 *
 * Anything short of an answer in time (the thread still starting, failed, stuck, or rows not in
 * shared memory) leaves the counting to the caller: a failure here costs time, never a count.
 */
import type { Worker } from 'node:worker_threads';
import { bundled } from '../../runtime/bundle.mjs';
import { startWorker } from '../../runtime/start-worker.js';
import { claimFacet, countFacet, countValues, FACET, type FacetJob, type FacetRows, type FacetToCount } from './facet-counting.js';
import { allocate, isShared } from './shared-arrays.js';

/** Counts under way on the thread. */
export interface PendingCounts {
  /** Each facet's counts, in the order given: those the thread has not taken yet are counted by the caller. */
  collect(): Int32Array[];
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
/** A thread not listening this long after it was started is stuck: it is given up. */
const START_TIMEOUT_MS = 10_000;
/**
 * After this many failures in a row (a thread that did not start, died, or did not answer: a
 * facet it counted resets the tally), counting stays on the main thread.
 */
const MAX_FAILURES = 3;

export class FacetThread {
  /**
   * `minDocs`: the shortest list of documents worth a job (see THREAD_MIN_DOCS); `onFailure`
   * hears why a thread was given up (the engine logs it).
   */
  constructor(
    readonly minDocs = THREAD_MIN_DOCS,
    private readonly onFailure?: (reason: string) => void,
  ) {}

  private worker: Worker | undefined;
  private ready = false;
  private starting = false;
  private failures = 0;
  private closed = false;
  /** facets the thread counted so far: its share of the work (the rest were counted by the callers) */
  countedByThread = 0;
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
    // one shared block: the claim counter, each facet's status, then the counts
    const memory = allocate(Int32Array, 1 + slots.length + at, true);
    const job: FacetJob = {
      docs,
      facets: slots,
      claim: memory.subarray(0, 1),
      status: memory.subarray(1, 1 + slots.length),
      counts: memory.subarray(1 + slots.length),
    };
    worker.postMessage(job);
    return { collect: () => this.collect(job, worker) };
  }

  /**
   * Count the facets of `job` the thread has not claimed, then wait for those it did (each
   * counted here instead if it failed, or if the thread does not answer in time).
   */
  private collect(job: FacetJob, worker: Worker): Int32Array[] {
    const counted = job.facets.map(() => false); // by this thread
    for (let i = claimFacet(job); i !== undefined; i = claimFacet(job)) {
      countFacet(job, i);
      counted[i] = true;
    }
    const deadline = performance.now() + ANSWER_TIMEOUT_MS;
    return job.facets.map((f, i) => {
      if (counted[i]) return job.counts.slice(f.at, f.at + f.values);
      if (!this.answered(job, i, worker, deadline)) return countValues(job.docs, f.rows, f.values);
      this.countedByThread++;
      this.failures = 0;
      return job.counts.slice(f.at, f.at + f.values);
    });
  }

  /** Whether the thread counted facet `i` of `job` by `deadline` (if not, it is given up). */
  private answered(job: FacetJob, i: number, worker: Worker, deadline: number): boolean {
    const left = deadline - performance.now();
    if (left <= 0 || Atomics.wait(job.status, i, FACET.pending, left) === 'timed-out') {
      this.fail(worker, `no answer within ${ANSWER_TIMEOUT_MS} ms`);
      return false;
    }
    return Atomics.load(job.status, i) === FACET.done;
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
      this.start().catch((err: unknown) => this.fail(undefined, `could not start: ${(err as Error).message}`));
    }
    return undefined;
  }

  private async start(): Promise<void> {
    const script = new URL((await bundled('facet-worker')) ?? './facet-worker-boot.mjs', import.meta.url);
    if (this.closed) return;
    const worker = startWorker(script);
    this.worker = worker;
    const stuck = setTimeout(() => this.fail(worker, `not started within ${START_TIMEOUT_MS} ms`), START_TIMEOUT_MS);
    // its first message says it listens (a job posted before would wait for its module to load)
    worker.once('message', () => {
      clearTimeout(stuck);
      // from now on it never keeps the process alive: the main thread waits for its answers itself
      worker.unref();
      if (this.worker === worker) this.settle(true);
    });
    worker.on('error', (err) => this.fail(worker, `failed: ${err.message}`));
    worker.on('exit', (code) => {
      clearTimeout(stuck);
      this.fail(worker, `exited with code ${code}`);
    });
  }

  /** The thread `worker` (undefined: the one starting) failed: forget it, so the next search may start another. */
  private fail(worker: Worker | undefined, reason: string): void {
    if (worker !== undefined && worker !== this.worker) return; // an old thread's late exit
    this.failures++;
    this.onFailure?.(`${reason}${this.failures >= MAX_FAILURES ? '; facets are counted on the main thread from now on' : ''}`);
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
