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
 * While other searches are under way (a server under load), a large result's job goes to the
 * thread whole instead (`countLater`), and the main thread serves the others meanwhile: under
 * load it was the busier thread, and its share of a count and its waits held every other request
 * back. Such a job has a result list of its own and the facet rows as they were, which writes
 * only ever append to (search-facets.ts).
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
 * Documents a count must walk, by default, to go to the thread whole while other searches are
 * under way (countLater): below this, the job's copy of the list and its message cost about what
 * counting here does.
 */
export const LATER_MIN_DOCS = 1_000;

/**
 * Jobs given whole (countLater) that may wait on the thread at once: more go the shared way. A
 * job's deadline counts from its posting, so a queue of them must stay short of it.
 */
const MAX_JOBS_WHOLE = 4;

/**
 * A job waits this long at most: counting a million documents' rows takes milliseconds, so
 * a thread this late is stuck, and is replaced.
 */
const ANSWER_TIMEOUT_MS = 1_000;

export class FacetThread {
  private readonly kept: KeptWorker;
  /** facets the thread counted so far: its share of the work (the rest were counted by the callers) */
  countedByThread = 0;
  /** per thread, the jobs given whole (countLater) whose counts are not all in: it is ref'd meanwhile */
  private readonly jobsWhole = new Map<Worker, Set<FacetJob>>();

  /**
   * `minDocs`: the shortest list of documents worth a job (see THREAD_MIN_DOCS); `onFailure`
   * hears why a thread was given up (the engine logs it).
   */
  constructor(
    readonly minDocs = THREAD_MIN_DOCS,
    onFailure?: (reason: string) => void,
    /** the shortest list of documents worth a job given whole (see LATER_MIN_DOCS) */
    readonly laterMinDocs = LATER_MIN_DOCS,
  ) {
    const script = async () => new URL((await bundled('facet-worker')) ?? './facet-worker-boot.mjs', import.meta.url);
    this.kept = new KeptWorker({ script, what: 'facets are counted', onFailure, onGone: (worker) => this.gone(worker) });
  }

  /**
   * Start counting `facets` over `docs` on the thread, or undefined when it cannot take the job
   * now (not started yet: this call starts it for the next search).
   */
  begin(docs: Uint32Array, facets: readonly FacetToCount[]): PendingCounts | undefined {
    const worker = this.kept.available();
    if (!worker || !isShared(docs) || !facets.every((f) => sharedRows(f.rows))) return undefined;
    const job = newJob(docs, facets);
    worker.postMessage(job);
    return { collect: () => this.collect(job, worker) };
  }

  /**
   * Count `facets` over a copy of `docs` (the caller's list may be reused) on the thread alone,
   * the caller going on meanwhile: the counts in the order given, or undefined when the thread
   * cannot take the job now (not started, rows not in shared memory, or MAX_JOBS_WHOLE jobs
   * waiting already). The rows must stay as they are until the promise settles. A facet the
   * thread fails, or does not count in time, or that it held when it stopped, is counted by the
   * caller then.
   */
  countLater(docs: Uint32Array, facets: readonly FacetToCount[]): Promise<Int32Array[]> | undefined {
    const worker = this.kept.available();
    if (!worker || !facets.every((f) => sharedRows(f.rows))) return undefined;
    const waiting = this.jobsWhole.get(worker) ?? new Set<FacetJob>();
    if (waiting.size >= MAX_JOBS_WHOLE) return undefined;
    const own = allocate(Uint32Array, docs.length, true);
    own.set(docs);
    const job = newJob(own, facets);
    worker.postMessage(job);
    if (waiting.size === 0) worker.ref(); // the process waits for the answers
    this.jobsWhole.set(worker, waiting.add(job));
    const deadline = performance.now() + ANSWER_TIMEOUT_MS;
    const counts = Promise.all(job.facets.map(async (_, i) => this.countsOf(job, i, await this.answeredLater(job, i, worker, deadline))));
    return counts.finally(() => {
      waiting.delete(job);
      if (waiting.size > 0) return;
      this.jobsWhole.delete(worker);
      worker.unref();
    });
  }

  /** `answered` without blocking: whether the thread counted facet `i` of `job` by `deadline`. */
  private async answeredLater(job: FacetJob, i: number, worker: Worker, deadline: number): Promise<boolean> {
    const waiting = waitAsync(job.status, i, FACET.pending, Math.max(0, deadline - performance.now()));
    if ((waiting.async ? await waiting.value : waiting.value) === 'timed-out') return this.late(worker);
    return Atomics.load(job.status, i) === FACET.done;
  }

  /**
   * A thread stopped (failed, replaced or closed): its jobs given whole are woken, to be counted
   * by their callers now. A pending Atomics.waitAsync does not keep the process alive: they would
   * otherwise wait out their deadline, or never settle once nothing else holds the process.
   */
  private gone(worker: Worker): void {
    for (const job of this.jobsWhole.get(worker) ?? []) {
      for (let i = 0; i < job.facets.length; i++) Atomics.notify(job.status, i);
    }
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
    return job.facets.map((f, i) =>
      counted[i] ? job.counts.slice(f.at, f.at + f.values) : this.countsOf(job, i, this.answered(job, i, worker, deadline)),
    );
  }

  /** Facet `i` of `job`, claimed by the thread: its counts when it `answered`, else counted here. */
  private countsOf(job: FacetJob, i: number, answered: boolean): Int32Array {
    const f = job.facets[i]!;
    if (!answered) return countValues(job.docs, f.rows, f.values);
    this.countedByThread++;
    this.kept.succeeded();
    return job.counts.slice(f.at, f.at + f.values);
  }

  /** The thread did not answer by its deadline: it is given up (replaced). Always false. */
  private late(worker: Worker): false {
    this.kept.fail(worker, `no answer within ${ANSWER_TIMEOUT_MS} ms`);
    return false;
  }

  /** Whether the thread counted facet `i` of `job` by `deadline` (if not, it is given up). */
  private answered(job: FacetJob, i: number, worker: Worker, deadline: number): boolean {
    const left = deadline - performance.now();
    if (left <= 0 || Atomics.wait(job.status, i, FACET.pending, left) === 'timed-out') return this.late(worker);
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

/** A job of `facets` over `docs`: one shared block holds the claim counter, each facet's status, then the counts. */
function newJob(docs: Uint32Array, facets: readonly FacetToCount[]): FacetJob {
  let at = 0;
  const slots = facets.map((f) => {
    const slot = { rows: f.rows, values: f.values, at };
    at += f.values;
    return slot;
  });
  const memory = allocate(Int32Array, 1 + slots.length + at, true);
  return {
    docs,
    facets: slots,
    claim: memory.subarray(0, 1),
    status: memory.subarray(1, 1 + slots.length),
    counts: memory.subarray(1 + slots.length),
  };
}

/** Atomics.waitAsync (Node 16 and later; TypeScript types it from its ES2024 library). */
const waitAsync = (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync;
type WaitAsync = (
  array: Int32Array,
  index: number,
  value: number,
  timeout: number,
) => { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };
