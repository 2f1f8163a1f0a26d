/**
 * @module Parsing on worker threads. Parsing (decode, scrape, entities) costs several times
 * more CPU than storing and indexing together, so a big ingest spreads it over the cores while
 * the main thread stores the results in input order.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Document } from '../document.js';
import { ArchivistError, ParseError } from '../errors.js';
import type { ParseErrorCode } from '../errors.js';
import type { PageInput, PageParseOptions } from './parse-page.js';

export const PARSE_POOL_DEFAULTS = {
  // One per core, leaving one for the main thread (it stores and indexes) when there are many;
  // capped because each worker holds its own scrapers and entity vocabularies (~50-100 MB).
  size: Math.max(1, Math.min(4, os.availableParallelism() - (os.availableParallelism() > 2 ? 1 : 0))),
  // A worker's start-up (transpiling and loading scrapers and entity vocabularies) measured
  // ~2.4 CPU-seconds, the parse of ~300 article pages; on an idle 2-core machine the pool breaks
  // even near 500 pages and halves the time of large runs. On a machine whose cores are all busy
  // it only adds that start-up, so it is kept for runs large enough to matter.
  minPages: 1_000,
} as const;

export interface ParseRequest {
  id: number;
  page: PageInput;
  opts: PageParseOptions;
}
export type ParseReply =
  | { id: number; doc: Document }
  | { id: number; error: { name: string; code: string | null; message: string } };

/** A worker thread died: every page waiting on it fails with this, and the run should stop. */
export class ParseWorkerDied extends Error {
  override name = 'ParseWorkerDied';
}

interface Pending {
  resolve(doc: Document): void;
  reject(err: Error): void;
}

export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(readonly size: number = PARSE_POOL_DEFAULTS.size) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./parse-worker-boot.mjs', import.meta.url));
      worker.on('message', (reply: ParseReply) => this.settle(reply));
      // a worker that dies (out of memory, a bug at load) fails every request still waiting
      worker.on('error', (err) => this.fail(new ParseWorkerDied(`parse worker failed: ${err.message}`, { cause: err })));
      // a parse worker never exits on its own: any exit we did not ask for is a death
      worker.on('exit', (code) => this.fail(new ParseWorkerDied(`parse worker exited with code ${code}`)));
      this.workers.push(worker);
    }
  }

  /** Parse on the next worker (round robin: pages cost about the same). Rejects like parsePage throws. */
  parse(page: PageInput, opts: PageParseOptions = {}): Promise<Document> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<Document>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // the bytes are copied, not transferred: the caller keeps them to store the raw page
      this.workers[id % this.workers.length]!.postMessage({ id, page, opts } satisfies ParseRequest);
    });
  }

  /** Pages sent and not yet answered, over all workers. */
  get queued(): number {
    return this.pending.size;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(reply: ParseReply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if ('doc' in reply) waiter.resolve(reply.doc);
    else waiter.reject(revive(reply.error));
  }

  private fail(err: Error): void {
    if (this.closing) return; // close() terminates the workers: not a failure
    this.failure ??= err;
    for (const waiter of this.pending.values()) waiter.reject(err);
    this.pending.clear();
  }
}

/** Errors cross the thread boundary as plain data: rebuild the typed ones. */
function revive(e: { name: string; code: string | null; message: string }): Error {
  if (e.name === 'ParseError' && e.code) return new ParseError(e.code as ParseErrorCode, e.message);
  if (e.code) return new ArchivistError(e.code, e.message);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
