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
import { KeptWorker } from '../../runtime/kept-worker.js';
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

export class FacetThread {
  private readonly kept: KeptWorker;
  /** facets the thread counted so far: its share of the work (the rest were counted by the callers) */
  countedByThread = 0;

  /**
   * `minDocs`: the shortest list of documents worth a job (see THREAD_MIN_DOCS); `onFailure`
   * hears why a thread was given up (the engine logs it).
   */
  constructor(
    readonly minDocs = THREAD_MIN_DOCS,
    onFailure?: (reason: string) => void,
  ) {
    const script = async () => new URL((await bundled('facet-worker')) ?? './facet-worker-boot.mjs', import.meta.url);
    this.kept = new KeptWorker({ script, what: 'facets are counted', onFailure });
  }

  /**
   * Start counting `facets` over `docs` on the thread, or undefined when it cannot take the job
   * now (not started yet: this call starts it for the next search).
   */
  begin(docs: Uint32Array, facets: readonly FacetToCount[]): PendingCounts | undefined {
    const worker = this.kept.available();
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
      this.kept.succeeded();
      return job.counts.slice(f.at, f.at + f.values);
    });
  }

  /** Whether the thread counted facet `i` of `job` by `deadline` (if not, it is given up). */
  private answered(job: FacetJob, i: number, worker: Worker, deadline: number): boolean {
    const left = deadline - performance.now();
    if (left <= 0 || Atomics.wait(job.status, i, FACET.pending, left) === 'timed-out') {
      this.kept.fail(worker, `no answer within ${ANSWER_TIMEOUT_MS} ms`);
      return false;
    }
    return Atomics.load(job.status, i) === FACET.done;
  }

  /** Start the thread if it is not running; true once it takes jobs, false if it failed to start. */
  whenReady(): Promise<boolean> {
    return this.kept.whenReady();
  }

  /** Stop the thread for good (the engine is closing). */
  close(): Promise<void> {
    return this.kept.close();
  }
}

function sharedRows(rows: FacetRows): boolean {
  return rows.multi ? isShared(rows.offsets) && isShared(rows.valueIds) : isShared(rows.single);
}
