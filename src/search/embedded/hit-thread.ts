/**
 * @module A thread that reads a search's hits while the main thread goes on with the next
 * request. Reading a page's twenty hit rows, inflating them and cutting their snippets was a
 * third of the server's CPU per uncached search (docs/benchmarks.md, "Hits on the second
 * core"); none of it needs the in-memory index, only the index file, which the thread reads
 * with a connection of its own. So the index is not copied: the thread costs a V8 heap and a
 * SQLite page cache.
 *
 * Anything short of an answer in time (the thread still starting, failed, stuck, or unable to
 * read the file) leaves the hits to the caller (the answer is undefined): a failure here costs
 * time, never a hit.
 */
import type { Worker } from 'node:worker_threads';
import type { SearchHit } from '../engine.js';
import { bundled } from '../../runtime/bundle.mjs';
import { KeptWorker } from '../../runtime/kept-worker.js';
import type { PageToShow } from './hits.js';

/**
 * Live documents an index must hold for its searches to use the thread, by default: on a small
 * archive a search takes a fraction of a millisecond and a server is never busy enough for the
 * thread to pay for itself (about 20 MB).
 */
export const HIT_THREAD_MIN_DOCS = 10_000;

/**
 * A page waits this long at most. A page takes milliseconds, and the thread takes the pages of
 * all concurrent requests in turn: a thread this late is stuck, and is replaced.
 */
const ANSWER_TIMEOUT_MS = 5_000;

/** What the main thread asks: the hits of `page`, read from the index file `file`. */
export interface HitJob {
  job: number;
  file: string;
  page: PageToShow;
}

/** What the thread answers: the hits, or why it could not read them. */
export type HitAnswer = { job: number; hits: SearchHit[] } | { job: number; error: string };

interface Waiting {
  resolve(hits: SearchHit[] | undefined): void;
  timer: NodeJS.Timeout;
}

export class HitThread {
  private readonly kept: KeptWorker;
  private readonly waiting = new Map<number, Waiting>();
  private nextJob = 1;
  /** pages the thread answered so far */
  shownByThread = 0;

  /**
   * `file`: the index file the hit rows are read from; `minDocs`: the live documents an index
   * must hold to use the thread (see HIT_THREAD_MIN_DOCS); `onFailure` hears why a thread was
   * given up (the engine logs it); `timeoutMs`: how long a page waits for the thread at most.
   */
  constructor(
    private readonly file: string,
    readonly minDocs = HIT_THREAD_MIN_DOCS,
    onFailure?: (reason: string) => void,
    public timeoutMs = ANSWER_TIMEOUT_MS,
  ) {
    this.kept = new KeptWorker({
      script: async () => new URL((await bundled('hit-worker')) ?? './hit-worker-boot.mjs', import.meta.url),
      what: 'hits are read',
      onFailure,
      onReady: (worker) => worker.on('message', (answer: HitAnswer) => this.answered(worker, answer)),
      onGone: () => this.release(),
    });
  }

  /**
   * The hits of `page` from the thread (undefined in the end if it failed or did not answer in
   * time), or undefined at once when it cannot take the page now (not listening yet: this call
   * starts it for the next search).
   */
  show(page: PageToShow): Promise<SearchHit[] | undefined> | undefined {
    const worker = this.kept.available();
    if (!worker) return undefined;
    const job = this.nextJob++;
    return new Promise((resolve) => {
      // the verdict one turn later: an answer already queued (this thread was busy) is taken first
      const late = () => this.waiting.has(job) && this.kept.fail(worker, `no answer within ${this.timeoutMs} ms`);
      const timer = setTimeout(() => setImmediate(late), this.timeoutMs);
      this.waiting.set(job, { resolve, timer });
      if (this.waiting.size === 1) worker.ref(); // the process waits for the answer
      try {
        worker.postMessage({ job, file: this.file, page } satisfies HitJob);
      } catch {
        this.settle(worker, job); // not sent (the page could not be copied): read by the caller
        resolve(undefined);
      }
    });
  }

  /** Start the thread if it is not running; true once it takes pages, false if it failed to start. */
  whenReady(): Promise<boolean> {
    return this.kept.whenReady();
  }

  /** Stop the thread for good (the engine is closing); pages still waiting are left to their callers. */
  close(): Promise<void> {
    return this.kept.close();
  }

  private answered(worker: Worker, answer: HitAnswer): void {
    const waiting = this.settle(worker, answer.job);
    if (!waiting) return; // given up already (timed out)
    if ('error' in answer) {
      waiting.resolve(undefined);
      // a thread that cannot read the file (gone, another layout) fails every page: replaced, then given up
      return this.kept.fail(worker, `failed: ${answer.error}`);
    }
    this.shownByThread++;
    this.kept.succeeded();
    waiting.resolve(answer.hits);
  }

  /** Page `job` no longer waits for `worker` (which holds the process only while pages do). */
  private settle(worker: Worker, job: number): Waiting | undefined {
    const waiting = this.waiting.get(job);
    if (!waiting) return undefined;
    this.waiting.delete(job);
    clearTimeout(waiting.timer);
    if (this.waiting.size === 0) worker.unref();
    return waiting;
  }

  /** Every page still waiting is left to its caller (the thread failed or closed). */
  private release(): void {
    for (const waiting of this.waiting.values()) {
      clearTimeout(waiting.timer);
      waiting.resolve(undefined);
    }
    this.waiting.clear();
  }
}
